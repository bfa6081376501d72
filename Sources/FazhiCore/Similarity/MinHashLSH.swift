import Foundation

/// Locality-sensitive hashing over MinHash signatures: candidate pairs without comparing all pairs.
///
/// A signature is cut into `bands` bands of `rows` values; two reports become candidates when
/// they agree on every value of at least one band, with probability 1 − (1 − Jʳ)ᵇ for Jaccard J.
/// The default 64 bands of 2 rows (128 values) favour recall: parts with J = 0.25 (a part copied
/// whole into one four times its size) are found 98% of the time, J = 0.5 all but never missed,
/// while unrelated parts (J ≈ 0.02) are candidates 2.5% of the time and are then dismissed by the
/// exact score.
public struct MinHashLSH<ID: Hashable & Sendable>: Sendable {
    public let bands: Int
    public let rows: Int
    private var buckets: [UInt64: [Int]] = [:]
    private var ids: [ID] = []

    public init(bands: Int = 64, rows: Int = 2) {
        self.bands = max(1, bands)
        self.rows = max(1, rows)
    }

    /// The chance that two parts of Jaccard similarity `jaccard` become candidates.
    public func probability(jaccard: Double) -> Double {
        1 - pow(1 - pow(jaccard, Double(rows)), Double(bands))
    }

    /// Adds a signature (of at least `bands × rows` values; an empty set's signature is ignored).
    public mutating func insert(_ id: ID, signature: [UInt32]) {
        guard signature.count >= bands * rows, signature.contains(where: { $0 != .max }) else { return }
        let n = ids.count
        ids.append(id)
        for key in keys(signature) { buckets[key, default: []].append(n) }
    }

    /// The ids that share a band with `signature`.
    public func candidates(for signature: [UInt32]) -> [ID] {
        guard signature.count >= bands * rows else { return [] }
        var seen = Set<Int>()
        for key in keys(signature) { seen.formUnion(buckets[key] ?? []) }
        return seen.sorted().map { ids[$0] }
    }

    /// Every pair of ids that share a band, each once, in insertion order (earlier id first).
    public func candidatePairs() -> [(ID, ID)] {
        var seen = Set<Int64>()
        var pairs: [(ID, ID)] = []
        for bucket in buckets.values where bucket.count > 1 {
            for x in 0..<(bucket.count - 1) {
                for y in (x + 1)..<bucket.count where bucket[x] != bucket[y] {
                    let (i, j) = (min(bucket[x], bucket[y]), max(bucket[x], bucket[y]))
                    if seen.insert(Int64(i) << 32 | Int64(j)).inserted { pairs.append((ids[i], ids[j])) }
                }
            }
        }
        return pairs
    }

    /// One key per band: the band's number and values, hashed.
    private func keys(_ signature: [UInt32]) -> [UInt64] {
        (0..<bands).map { band in
            var h = MinHash.mix(UInt64(band) &+ 0x9E37_79B9_7F4A_7C15)
            for r in 0..<rows { h = MinHash.mix(h ^ UInt64(signature[band * rows + r])) }
            return h
        }
    }
}
