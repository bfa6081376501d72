/// A half-open span of Unicode code points (scalars) in a text: what Python's `str` indexes.
///
/// Every place Fazhi reports — a part, a figure, a finding's evidence — is a `TextRange` into the
/// decoded original text of the input, so a reader can highlight it exactly.
public struct TextRange: Sendable, Hashable, Codable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public init(_ range: Range<Int>) {
        self.init(start: range.lowerBound, end: range.upperBound)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public var asRange: Range<Int> { start..<end }

    public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
