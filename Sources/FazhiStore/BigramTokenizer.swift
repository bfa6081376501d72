import GRDB
import GRDBSQLite

/// The FTS5 tokenizer for Chinese reports: overlapping bigrams of Han characters, ASCII words and
/// numbers whole (lowercased), everything else a separator.
///
/// SQLite's own tokenizers fail on Chinese (unicode61 makes a whole run one token; trigram finds
/// nothing under three characters). A run 行政复议 is indexed as 行政 政复 复议 at positions 0–2,
/// plus its last character 议 at the position of its last bigram (FTS5_TOKEN_COLOCATED), so that:
/// - a query of two or more characters is a phrase of bigrams (复议; 行政复议纠错 → 行政 政复 复议
///   议纠 纠错), exact as a substring match and far more selective than a phrase of single
///   characters, which must check positions in every paragraph holding all the characters;
/// - a query of one character is a prefix query (`"议"*`), which finds it inside a run (议案) and at
///   its end (the colocated 议).
/// In queries (FTS5_TOKENIZE_QUERY) the colocated last characters are not emitted.
/// Indexed text is the normalized (simplified) text, and queries are normalized too, so 復議 finds 复议.
final class BigramTokenizer: FTS5CustomTokenizer {
    static let name = "fazhi_bigram"

    init(db: Database, arguments: [String]) throws {}

    func tokenize(
        context: UnsafeMutableRawPointer?, tokenization: FTS5Tokenization, pText: UnsafePointer<CChar>?,
        nText: CInt, tokenCallback: @escaping FTS5TokenCallback
    ) -> CInt {
        guard let pText, nText > 0 else { return SQLITE_OK }
        let bytes = UnsafeRawPointer(pText).assumingMemoryBound(to: UInt8.self)
        let query = tokenization.contains(.query)
        let colocated: CInt = 1  // FTS5_TOKEN_COLOCATED
        // The previous character of the current run (byte range), if any.
        var previous: (start: Int, end: Int)?
        var runLength = 0
        func emit(_ start: Int, _ end: Int, _ flags: CInt) -> CInt {
            tokenCallback(context, flags, UnsafeRawPointer(bytes + start).assumingMemoryBound(to: CChar.self),
                          CInt(end - start), CInt(start), CInt(end))
        }
        /// Ends the current run: its last character as a token of its own (colocated with the last
        /// bigram; alone when the run is one character).
        func closeRun() -> CInt {
            defer { previous = nil; runLength = 0 }
            guard let last = previous else { return SQLITE_OK }
            if runLength == 1 { return emit(last.start, last.end, 0) }
            return query ? SQLITE_OK : emit(last.start, last.end, colocated)
        }
        let rc = TokenScanner(bytes: bytes, count: Int(nText)).scan { unit, start, end in
            switch unit {
            case .word(let word):
                let rc = closeRun()
                if rc != SQLITE_OK { return rc }
                return word.withUnsafeBufferPointer {
                    tokenCallback(context, 0, $0.baseAddress, CInt($0.count), CInt(start), CInt(end))
                }
            case .character:
                if let p = previous, p.end == start {
                    runLength += 1
                    previous = (start, end)
                    return emit(p.start, end, 0)
                }
                let rc = closeRun()
                if rc != SQLITE_OK { return rc }
                previous = (start, end)
                runLength = 1
                return SQLITE_OK
            }
        }
        return rc != SQLITE_OK ? rc : closeRun()
    }
}
