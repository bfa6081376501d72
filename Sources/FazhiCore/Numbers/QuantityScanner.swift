// TEMPORARY stub until the numbers branch lands.
public struct QuantityScanner: Sendable {
    public init() {}
    public func scan(_ text: [Unicode.Scalar], range: Range<Int>) -> [Quantity] { [] }
}
