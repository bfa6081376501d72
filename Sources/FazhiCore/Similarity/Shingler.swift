/// Cuts comparable text into overlapping character n-grams (shingles) and hashes them.
///
/// Eight characters by default. Chinese words are one to four characters and the domain's terms
/// are often six (行政执法人员, 重大行政决策, 法治政府建设), so shorter shingles match between any two
/// reports on the terms alone; eight spans at least two words of a phrase (推进依法行政工作), which
/// independent reports rarely share outside the stop passages. Longer shingles forgive less: every
/// changed character (a year, a place name) hides `size` shingles around it, so a 300-character part
/// copied with three such edits still keeps about nine tenths of its shingles at eight.
///
/// `"依法行政能力有待提升"` (10 characters) has three shingles: 依法行政能力有待, 法行政能力有待提,
/// 行政能力有待提升.
public struct Shingler: Sendable, Hashable {
    public static let defaultSize = 8

    /// Characters per shingle.
    public let size: Int

    public init(size: Int = Shingler.defaultSize) {
        self.size = max(1, size)
    }

    /// One shingle: where it starts in the comparable text, and its hash.
    public struct Shingle: Sendable, Hashable {
        public var start: Int
        public var hash: UInt32
    }

    /// The hash of `units[start..<start + size]`: FNV-1a over the scalar values, finished with a
    /// 64-bit mixer and kept to 32 bits. Deterministic across runs and machines (stored fingerprints
    /// depend on it; Swift's `Hasher` is seeded per process).
    @inline(__always)
    public func hash(_ units: [Unicode.Scalar], at start: Int) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in start..<(start + size) {
            h = (h ^ UInt64(units[i].value)) &* 0x0000_0100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: MinHash.mix(h) >> 32)
    }

    /// The shingles that lie inside one of `segments` and touch no unit marked in `covered` (the
    /// stop passages), in the order of the text.
    public func shingles(of units: [Unicode.Scalar], in segments: [Range<Int>], covered: [Bool]) -> [Shingle] {
        var result: [Shingle] = []
        for segment in segments where segment.count >= size {
            // Covered units inside the current window [i, i + size).
            var inWindow = 0
            for i in segment.lowerBound..<(segment.lowerBound + size - 1) where covered[i] { inWindow += 1 }
            for start in segment.lowerBound...(segment.upperBound - size) {
                if covered[start + size - 1] { inWindow += 1 }
                if inWindow == 0 { result.append(Shingle(start: start, hash: hash(units, at: start))) }
                if covered[start] { inWindow -= 1 }
            }
        }
        return result
    }

    /// The distinct hashes of `shingles`, sorted: the set the similarity scores are computed on.
    public static func set(_ shingles: [Shingle]) -> [UInt32] {
        var hashes = shingles.map(\.hash)
        hashes.sort()
        var out: [UInt32] = []
        out.reserveCapacity(hashes.count)
        for h in hashes where out.last != h { out.append(h) }
        return out
    }
}
