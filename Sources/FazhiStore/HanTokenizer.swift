import GRDB
import GRDBSQLite

/// The first FTS5 tokenizer of the store (schema v1): one token per Han character, ASCII words and
/// numbers whole. Kept so that a v1 database opens and migrates; new indexes use
/// ``BigramTokenizer``, which answers the same queries several times faster on a large corpus.
final class HanTokenizer: FTS5CustomTokenizer {
    static let name = "fazhi_han"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
        nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self)
        return TokenScanner(bytes: bytes, count: Int(nText)).scan { unit, start, end in
            switch unit {
            case .word(let word):
                return word.withUnsafeBufferPointer {
                    tokenCallback(context, 0, $0.baseAddress, CInt($0.count), CInt(start), CInt(end))
                }
            case .character:
                return tokenCallback(context, 0, UnsafeRawPointer(bytes + start).assumingMemoryBound(to: CChar.self),
                                     CInt(end - start), CInt(start), CInt(end))
            }
        }
    }
}
