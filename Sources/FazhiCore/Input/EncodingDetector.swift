import Foundation

/// Decodes the bytes of a text file, finding the encoding the way Apache Tika and browsers do.
///
/// The order: a byte-order mark; UTF-16 without one, recognized by its zero bytes; the charset an
/// HTML page declares (when that reading is plausible); strict UTF-8; then GB18030 and Big5,
/// scored by ``DecodingScore`` when both decode. When none reads the bytes strictly, a reading with
/// few invalid bytes (``InvalidBytes/isFew``) is kept with U+FFFD in their place: UTF-8 when its
/// valid multi-byte characters outnumber the damaged sequences twice, else GB18030 or Big5.
enum EncodingDetector {
    /// The decoded text and the encoding it came from.
    struct Decoded: Equatable {
        var text: String
        var encoding: TextEncoding
        /// The bytes replaced by U+FFFD, when the text was read leniently.
        var invalid: InvalidBytes? = nil
    }

    /// Why bytes could not be decoded.
    enum Failure: Error, Equatable {
        /// Zero bytes that are not UTF-16: a binary file.
        case nulBytes
        /// No encoding reads the bytes as plausible text; the damage of the reading with the fewest
        /// invalid bytes, when one was tried.
        case undecodable(InvalidBytes?)
    }

    /// Scores below this, over at least `minimumEvidence` non-ASCII characters, are noise.
    static let noiseScore = 0.3
    static let minimumEvidence = 8

    static func decode(_ data: Data) -> Result<Decoded, Failure> {
        for encoding in [TextEncoding.utf8BOM, .utf16LE, .utf16BE] where data.starts(with: encoding.byteOrderMark) {
            guard let text = encoding.decode(data.dropFirst(encoding.byteOrderMark.count)) else {
                return encoding == .utf8BOM ? markedUTF8(data) : .failure(.undecodable(nil))
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
        return data.withUnsafeBytes { raw in lenient(raw.bindMemory(to: UInt8.self), data: data) }
    }

    /// UTF-8 behind its byte-order mark, with a few damaged sequences (offsets counted from the file's start).
    private static func markedUTF8(_ data: Data) -> Result<Decoded, Failure> {
        var result = data.dropFirst(3).withUnsafeBytes { LenientUTF8.decode($0.bindMemory(to: UInt8.self)) }
        result.invalid.total = data.count
        result.invalid.places = result.invalid.places.map { .init(offset: $0.offset + 3, line: $0.line) }
        guard result.invalid.isFew else { return .failure(.undecodable(result.invalid)) }
        return .success(Decoded(text: result.text, encoding: .utf8BOM, invalid: result.invalid))
    }

    /// UTF-8 with a few damaged sequences; else strict GB18030 or Big5; else either with a few.
    private static func lenient(_ bytes: UnsafeBufferPointer<UInt8>, data: Data) -> Result<Decoded, Failure> {
        let utf8 = LenientUTF8.decode(bytes)
        if utf8.invalid.isFew, utf8.validMultibyte >= 2 * utf8.invalid.sequences {
            return .success(Decoded(text: utf8.text, encoding: .utf8, invalid: utf8.invalid))
        }
        if case .success(let decoded) = legacy(data) { return .success(decoded) }
        let readings = [TextEncoding.gb18030, .big5].compactMap { encoding in
            LenientLegacy.decode(bytes, as: encoding).map { Decoded(text: $0.0, encoding: encoding, invalid: $0.1) }
        }
        let scored = readings.filter { $0.invalid?.isFew == true }.map { ($0, DecodingScore.score($0.text)) }
        if let best = scored.max(by: { $0.1 < $1.1 }),
            best.1 >= noiseScore || DecodingScore.nonASCIICount(best.0.text) < minimumEvidence
        {
            return .success(best.0)
        }
        // Name the damage of the closest reading: UTF-8's when it has the evidence, else the fewest invalid.
        if utf8.validMultibyte >= 2 * utf8.invalid.sequences { return .failure(.undecodable(utf8.invalid)) }
        let damages = [utf8.invalid] + readings.compactMap(\.invalid)
        return .failure(.undecodable(damages.min { $0.count < $1.count }))
    }

    /// GB18030 or Big5, whichever reads the bytes as more plausible Chinese (GB18030 on a tie).
    static func legacy(_ data: Data) -> Result<Decoded, Failure> {
        let candidates = [TextEncoding.gb18030, .big5].compactMap { encoding in
            encoding.decode(data).map { (Decoded(text: $0, encoding: encoding), DecodingScore.score($0)) }
        }
        guard let best = candidates.max(by: { $0.1 < $1.1 }) else { return .failure(.undecodable(nil)) }
        if best.1 < noiseScore, DecodingScore.nonASCIICount(best.0.text) >= minimumEvidence {
            return .failure(.undecodable(nil))
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
