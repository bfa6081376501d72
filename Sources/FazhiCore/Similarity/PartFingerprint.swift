import Foundation

/// What is kept of one part kind of a report for comparison: its shingle set and MinHash signature.
///
/// The shingle set is exact (distinct 32-bit hashes, sorted, stop passages left out) and gives the
/// final Jaccard and containment scores; the signature estimates Jaccard from 128 numbers and feeds
/// ``MinHashLSH``. Encoded, both are base64 of little-endian 32-bit words: about 5.4 bytes per
/// distinct shingle plus 683 for the signature; 1.5–3.4 KB for the samples' shortcomings parts,
/// 15–37 KB for a whole report.
public struct PartFingerprint: Sendable, Hashable {
    public var kind: PartKind
    /// Comparable characters (Han characters and digits) of the part.
    public var characters: Int
    /// Distinct shingle hashes, sorted.
    public var shingles: [UInt32]
    public var signature: [UInt32]

    public init(kind: PartKind, characters: Int, shingles: [UInt32], signature: [UInt32]) {
        self.kind = kind
        self.characters = characters
        self.shingles = shingles
        self.signature = signature
    }

    /// How many shingles the two sets share (a merge of the sorted arrays).
    public func sharedCount(with other: PartFingerprint) -> Int {
        let a = shingles
        let b = other.shingles
        var i = 0
        var j = 0
        var shared = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return shared
    }
}

extension PartFingerprint: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, characters, shingles, signature
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(PartKind.self, forKey: .kind)
        characters = try c.decode(Int.self, forKey: .characters)
        shingles = try Self.words(c.decode(String.self, forKey: .shingles), key: .shingles, in: c)
        signature = try Self.words(c.decode(String.self, forKey: .signature), key: .signature, in: c)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(characters, forKey: .characters)
        try c.encode(Self.base64(shingles), forKey: .shingles)
        try c.encode(Self.base64(signature), forKey: .signature)
    }

    static func base64(_ words: [UInt32]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.count * 4)
        for w in words {
            bytes.append(UInt8(truncatingIfNeeded: w))
            bytes.append(UInt8(truncatingIfNeeded: w >> 8))
            bytes.append(UInt8(truncatingIfNeeded: w >> 16))
            bytes.append(UInt8(truncatingIfNeeded: w >> 24))
        }
        return Data(bytes).base64EncodedString()
    }

    static func words(
        _ text: String, key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>
    ) throws -> [UInt32] {
        guard let data = Data(base64Encoded: text), data.count % 4 == 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: container, debugDescription: "not base64 of 32-bit words")
        }
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count, by: 4).map { i in
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
    }
}
