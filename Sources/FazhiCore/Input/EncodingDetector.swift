import Foundation

/// Decodes the bytes of a text file, finding the encoding the way Apache Tika and browsers do.
///
/// The order: a byte-order mark; UTF-16 without one, recognized by its zero bytes; the charset an
/// HTML page declares (when that reading is plausible); strict UTF-8; then GB18030 and Big5,
/// scored by ``DecodingScore`` when both decode.
enum EncodingDetector {
    /// The decoded text and the encoding it came from.
    struct Decoded: Equatable {
        var text: String
        var encoding: TextEncoding
    }

    /// Why bytes could not be decoded.
    enum Failure: Error, Equatable {
        /// Zero bytes that are not UTF-16: a binary file.
        case nulBytes
        /// No encoding reads the bytes as plausible text.
        case undecodable
    }

    /// Scores below this, over at least `minimumEvidence` non-ASCII characters, are noise.
    static let noiseScore = 0.3
    static let minimumEvidence = 8

    static func decode(_ data: Data) -> Result<Decoded, Failure> {
        for encoding in [TextEncoding.utf8BOM, .utf16LE, .utf16BE] where data.starts(with: encoding.byteOrderMark) {
            guard let text = encoding.decode(data.dropFirst(encoding.byteOrderMark.count)) else {
                return .failure(.undecodable)
            }
            return .success(Decoded(text: text, encoding: encoding))
        }
        if data.withUnsafeBytes({ $0.contains(0) }) {
            if let encoding = utf16ByZeroBytes(data), let text = encoding.decode(data),
                DecodingScore.score(text) >= noiseScore
            {
                return .success(Decoded(text: text, encoding: encoding))
            }
            return .failure(.nulBytes)
        }
        if let declared = CharsetDeclaration.declaredEncoding(in: data), let text = declared.decode(data),
            DecodingScore.score(text) >= 0.6
        {
            return .success(Decoded(text: text, encoding: declared))
        }
        if let text = TextEncoding.utf8.decode(data) {
            return .success(Decoded(text: text, encoding: .utf8))
        }
        return legacy(data)
    }

    /// GB18030 or Big5, whichever reads the bytes as more plausible Chinese (GB18030 on a tie).
    static func legacy(_ data: Data) -> Result<Decoded, Failure> {
        let candidates = [TextEncoding.gb18030, .big5].compactMap { encoding in
            encoding.decode(data).map { (Decoded(text: $0, encoding: encoding), DecodingScore.score($0)) }
        }
        guard let best = candidates.max(by: { $0.1 < $1.1 }) else { return .failure(.undecodable) }
        if best.1 < noiseScore, DecodingScore.nonASCIICount(best.0.text) >= minimumEvidence {
            return .failure(.undecodable)
        }
        return .success(best.0)
    }

    /// UTF-16 without a byte-order mark: ASCII characters leave a zero byte on one side of each
    /// pair (`41 00` little-endian, `00 41` big-endian), while hanzi rarely hold one.
    static func utf16ByZeroBytes(_ data: Data) -> TextEncoding? {
        guard data.count >= 2, data.count % 2 == 0 else { return nil }
        var even = 0
        var odd = 0
        for (index, byte) in data.prefix(65_536).enumerated() where byte == 0 {
            if index % 2 == 0 { even += 1 } else { odd += 1 }
        }
        if odd >= 2, odd >= 4 * even { return .utf16LE }
        if even >= 2, even >= 4 * odd { return .utf16BE }
        return nil
    }
}
