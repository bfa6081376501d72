import StoreKinds
import Testing

extension StoreKind: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}
