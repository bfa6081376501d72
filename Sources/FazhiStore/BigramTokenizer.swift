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
        return Self.scan(bytes, count: Int(nText), query: tokenization.contains(.query)) { token in
            let flags: CInt = token.colocated ? 1 : 0  // FTS5_TOKEN_COLOCATED
            if let word = token.word {
                return word.withUnsafeBufferPointer {
                    tokenCallback(context, flags, $0.baseAddress, CInt($0.count), CInt(token.start), CInt(token.end))
                }
            }
            return tokenCallback(context, flags, UnsafeRawPointer(bytes + token.start).assumingMemoryBound(to: CChar.self),
                                 CInt(token.end - token.start), CInt(token.start), CInt(token.end))
        }
    }

    /// One token: an ASCII word (lowercased, in `word`) or the bytes `start..<end` of the text (a
    /// bigram or a single character).
    struct Token {
        var start: Int
        var end: Int
        var word: [CChar]?
        var colocated: Bool
        /// A single character on its own (a one-character run, or a run's last character).
        var isCharacter: Bool
    }

    /// The tokens of UTF-8 text, in order; stops at the first non-zero result of `emit`. In a query
    /// (`query`), a run's last character is not emitted beside its last bigram.
    static func scan(_ bytes: UnsafePointer<UInt8>, count: Int, query: Bool, _ emit: (Token) -> Int32) -> Int32 {
        // The previous character of the current run (byte range), if any.
        var previous: (start: Int, end: Int)?
        var runLength = 0
        /// Ends the current run: its last character as a token of its own (colocated with the last
        /// bigram; alone when the run is one character).
        func closeRun() -> Int32 {
            defer { previous = nil; runLength = 0 }
            guard let last = previous else { return 0 }
            if runLength == 1 { return emit(Token(start: last.start, end: last.end, colocated: false, isCharacter: true)) }
            return query ? 0 : emit(Token(start: last.start, end: last.end, colocated: true, isCharacter: true))
        }
        let rc = TokenScanner(bytes: bytes, count: count).scan { unit, start, end in
            switch unit {
            case .word(let word):
                let rc = closeRun()
                if rc != 0 { return rc }
                return emit(Token(start: start, end: end, word: word, colocated: false, isCharacter: false))
            case .character:
                if let p = previous, p.end == start {
                    runLength += 1
                    previous = (start, end)
                    return emit(Token(start: p.start, end: end, colocated: false, isCharacter: false))
                }
                let rc = closeRun()
                if rc != 0 { return rc }
                previous = (start, end)
                runLength = 1
                return 0
            }
        }
        return rc != 0 ? rc : closeRun()
    }
}
