/// MinHash signatures: for each of `count` hash functions, the least hash over a shingle set.
///
/// Two sets agree on a function's minimum with probability equal to their Jaccard similarity, so
/// the share of agreeing positions estimates it with a standard error of √(J(1−J)/count): at most
/// 0.044 for the default 128 functions, small enough to rank candidates before the exact score is
/// computed, in 512 bytes per part. The functions are `mix(x ^ seedᵢ)` with seeds drawn from a fixed
/// SplitMix64 sequence, so signatures are the same on every run and machine.
public struct MinHash: Sendable, Hashable {
    public static let defaultCount = 128

    /// One seed per hash function.
    public let seeds: [UInt64]

    public init(count: Int = MinHash.defaultCount, seed: UInt64 = 0x4641_5A48_494D_4831) {
        var state = seed
        var seeds: [UInt64] = []
        for _ in 0..<max(1, count) {
            state &+= 0x9E37_79B9_7F4A_7C15
            seeds.append(Self.mix(state))
        }
        self.seeds = seeds
    }

    public var count: Int { seeds.count }

    /// The signature of a set of shingle hashes; all `UInt32.max` for an empty set.
    public func signature<S: Sequence>(_ shingles: S) -> [UInt32] where S.Element == UInt32 {
        var minima = [UInt32](repeating: .max, count: seeds.count)
        seeds.withUnsafeBufferPointer { seeds in
            minima.withUnsafeMutableBufferPointer { minima in
                for shingle in shingles {
                    let x = UInt64(shingle)
                    for k in 0..<seeds.count {
                        let h = UInt32(truncatingIfNeeded: Self.mix(x ^ seeds[k]) >> 32)
                        if h < minima[k] { minima[k] = h }
                    }
                }
            }
        }
        return minima
    }

    /// The estimated Jaccard similarity of the sets behind two signatures of the same size: the
    /// share of positions where they agree (0 when either set is empty).
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard a.count == b.count, !a.isEmpty, a.contains(where: { $0 != .max }), b.contains(where: { $0 != .max })
        else { return 0 }
        var same = 0
        for i in a.indices where a[i] == b[i] { same += 1 }
        return Double(same) / Double(a.count)
    }

    /// The MurmurHash3 64-bit finalizer: a bijection that spreads every input bit over the output.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return x
    }
}
