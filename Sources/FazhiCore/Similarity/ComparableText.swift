/// A report's wording reduced to what is compared: simplified Han characters and digits.
///
/// Punctuation, spaces, Latin letters and line breaks drop out, so `2020年，全区` and `2020 年,全区`
/// read the same; traditional input is first brought to simplified script by ``ScriptNormalizer``
/// (which keeps every character in place), so a passage copied across scripts still matches.
/// Full-width digits read as ASCII ones. Each kept character remembers where it stands in the
/// readable text and in the decoded original, so a shared passage can be shown and highlighted.
///
/// `"一、2020年,依法行政。"` keeps `一2020年依法行政`, with `一` at readable offset 0 and `2` at 2.
public struct ComparableText: Sendable {
    /// The kept characters, simplified, digits as ASCII.
    public let units: [Unicode.Scalar]
    /// For each unit, its offset in the readable text.
    public let readable: [Int]
    /// For each unit, its code-point range in the decoded original.
    public let starts: [Int]
    public let ends: [Int]

    /// The comparable text of a decoded input (its readable text, mapped back to `original`).
    public init(document: SourceDocument, normalizer: ScriptNormalizer = .shared) {
        let simplified = normalizer.normalize(document.text.scalarArray).simplified
        guard document.offsets != nil else {
            self.init(simplified: simplified)
            return
        }
        self.init(simplified: simplified) { document.originalRange(TextRange(start: $0, end: $0 + 1)) }
    }

    /// The comparable text of plain text that is its own original.
    public init(text: String, normalizer: ScriptNormalizer = .shared) {
        self.init(simplified: normalizer.normalize(text.scalarArray).simplified)
    }

    /// Keeps the Han characters and digits of `simplified`; `original` maps a readable offset to
    /// its range in the original (the identity when omitted).
    init(simplified: [Unicode.Scalar], original: ((Int) -> TextRange)? = nil) {
        var units: [Unicode.Scalar] = []
        var readable: [Int] = []
        var starts: [Int] = []
        var ends: [Int] = []
        units.reserveCapacity(simplified.count)
        readable.reserveCapacity(simplified.count)
        for (i, s) in simplified.enumerated() {
            guard let unit = Self.unit(s) else { continue }
            units.append(unit)
            readable.append(i)
            if let original {
                let r = original(i)
                starts.append(r.start)
                ends.append(r.end)
            }
        }
        self.units = units
        self.readable = readable
        self.starts = original == nil ? readable : starts
        self.ends = original == nil ? readable.map { $0 + 1 } : ends
    }

    /// What a scalar counts as: itself for a Han character, the ASCII digit for a digit, else nothing.
    @inline(__always)
    static func unit(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        if s.isHan { return s }
        if let d = s.digitValue { return Unicode.Scalar(UInt8(0x30 + d)) }
        return nil
    }

    public var count: Int { units.count }

    /// The units whose characters start inside `range` of the original (a part's range).
    public func units(in range: TextRange) -> Range<Int> {
        lowerBound(range.start)..<lowerBound(range.end)
    }

    /// The first unit whose original offset is at least `offset` (offsets never decrease).
    private func lowerBound(_ offset: Int) -> Int {
        var lo = 0
        var hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The original range of `units[range]`: from the first unit's start to the last one's end.
    public func originalRange(_ range: Range<Int>) -> TextRange {
        guard !range.isEmpty else {
            let at = range.lowerBound < starts.count ? starts[range.lowerBound] : (ends.last ?? 0)
            return TextRange(start: at, end: at)
        }
        return TextRange(start: starts[range.lowerBound], end: ends[range.upperBound - 1])
    }

    /// The readable range of `units[range]`.
    public func readableRange(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return readable[range.lowerBound]..<(readable[range.upperBound - 1] + 1)
    }
}
