import GRDB
import GRDBSQLite

/// The FTS5 tokenizer for Chinese reports: one token per Han character, ASCII words and numbers
/// whole (lowercased), everything else a separator.
///
/// SQLite's own tokenizers fail on Chinese (unicode61 makes a whole run one token; trigram finds
/// nothing under three characters). With one token per character, any query is a phrase of
/// characters: 复议 and 行政复议纠错 both match exactly, and highlight offsets stay exact. Indexed
/// text is the normalized (simplified) text, and queries are normalized too, so 復議 finds 复议.
final class HanTokenizer: FTS5CustomTokenizer {
    static let name = "fazhi_han"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
        nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self)
        let n = Int(nText)
        var i = 0
        var word: [CChar] = []
        var wordStart = 0
        func flush(_ end: Int) -> CInt {
            guard !word.isEmpty else { return SQLITE_OK }
            let rc = word.withUnsafeBufferPointer {
                tokenCallback(context, 0, $0.baseAddress, CInt($0.count), CInt(wordStart), CInt(end))
            }
            word.removeAll(keepingCapacity: true)
            return rc
        }
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                if isAlnum {
                    if word.isEmpty { wordStart = i }
                    word.append(CChar(bitPattern: (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b))
                } else {
                    let rc = flush(i)
                    if rc != SQLITE_OK { return rc }
                }
                i += 1
                continue
            }
            let rc = flush(i)
            if rc != SQLITE_OK { return rc }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + length <= n else { break }
            if Self.isTokenCharacter(bytes, i, length) {
                let rc = tokenCallback(context, 0, UnsafeRawPointer(bytes + i).assumingMemoryBound(to: CChar.self),
                                       CInt(length), CInt(i), CInt(i + length))
                if rc != SQLITE_OK { return rc }
            }
            i += length
        }
        return flush(n)
    }

    /// Han characters (and full-width letters and digits) are tokens; CJK punctuation is not.
    static func isTokenCharacter(_ bytes: UnsafePointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
        var v: UInt32
        switch length {
        case 2: v = UInt32(bytes[i] & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        case 3: v = UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        case 4:
            v = UInt32(bytes[i] & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        default: return false
        }
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isIdeographic || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF5A).contains(v)
    }
}
