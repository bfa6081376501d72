import FazhiCore
import Foundation

/// A part's fingerprint as stored: little-endian 32-bit words — characters, shingle count, the
/// sorted shingles, then the MinHash signature.
enum FingerprintCoding {
    static func encode(_ f: PartFingerprint) -> Data {
        var words: [UInt32] = [UInt32(f.characters), UInt32(f.shingles.count)]
        words += f.shingles
        words += f.signature
        return words.withUnsafeBufferPointer { Data(buffer: $0) }
    }

    static func decode(_ data: Data, kind: PartKind) -> PartFingerprint? {
        guard data.count % 4 == 0, data.count >= 8 else { return nil }
        let words: [UInt32] = data.withUnsafeBytes { raw in (0..<(data.count / 4)).map { raw.load(fromByteOffset: $0 * 4, as: UInt32.self) } }
        let count = Int(words[1])
        guard words.count >= 2 + count else { return nil }
        return PartFingerprint(kind: kind, characters: Int(words[0]), shingles: Array(words[2..<(2 + count)]),
                               signature: Array(words[(2 + count)...]))
    }
}
