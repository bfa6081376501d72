/// Mutations that know the zip format: one field of an end-of-central-directory record, a
/// central-directory entry or a local header — an offset, a size, a count, a length, the method —
/// set to a value at an edge (0, the file's size ± 1, all ones, one off the old value), so that the
/// reader's bounds checks, not only its inflater, meet the damage.
public struct ZipMutator: Sendable {
    /// Record signatures and the fields worth breaking: (offset in the record, width in bytes).
    static let records: [([UInt8], [(Int, Int)])] = [
        ([0x50, 0x4B, 0x05, 0x06], [(8, 2), (10, 2), (12, 4), (16, 4), (20, 2)]),
        ([0x50, 0x4B, 0x01, 0x02], [(8, 2), (10, 2), (16, 4), (20, 4), (24, 4), (28, 2), (30, 2), (32, 2), (42, 4)]),
        ([0x50, 0x4B, 0x03, 0x04], [(6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2), (28, 2)]),
    ]

    public init() {}

    /// `zip` with one to three structural fields changed, then perhaps one byte-level mutation.
    public func mutate(_ zip: [UInt8], random: inout FuzzRandom) -> [UInt8] {
        var bytes = zip
        for _ in 0...random.below(3) {
            let (signature, fields) = Self.records[random.below(Self.records.count)]
            let starts = Self.occurrences(of: signature, in: bytes)
            guard !starts.isEmpty else { continue }
            let start = starts[random.below(starts.count)]
            let (offset, width) = fields[random.below(fields.count)]
            guard start + offset + width <= bytes.count else { continue }
            let old = Self.read(bytes, at: start + offset, width: width)
            let all: UInt64 = width == 2 ? 0xFFFF : 0xFFFF_FFFF
            let edges: [UInt64] = [0, 1, all, all - 1, old &+ 1, old &- 1, UInt64(bytes.count), UInt64(bytes.count) &+ 1,
                                   UInt64(bytes.count) &- 1, 0x7FFF_FFFF, random.next()]
            Self.write(&bytes, at: start + offset, width: width, value: edges[random.below(edges.count)] & all)
        }
        return bytes
    }

    static func occurrences(of signature: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard bytes.count >= signature.count else { return [] }
        return (0...(bytes.count - signature.count)).filter { at in
            bytes[at] == signature[0] && bytes[at..<(at + signature.count)].elementsEqual(signature)
        }
    }

    static func read(_ bytes: [UInt8], at offset: Int, width: Int) -> UInt64 {
        (0..<width).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) }
    }

    static func write(_ bytes: inout [UInt8], at offset: Int, width: Int, value: UInt64) {
        for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index))) }
    }
}
