/// The search tokens of text as ``BigramTokenizer`` makes them, as strings: for a store whose
/// index is not SQLite's (PostgreSQL keeps them in a tsvector).
package enum IndexTokens {
    /// The tokens in order; `prefix` marks a single character (a lone one in a query is a prefix).
    package static func scan(_ text: String, query: Bool) -> [(text: String, prefix: Bool)] {
        var utf8 = Array(text.utf8)
        let count = utf8.count
        guard count > 0 else { return [] }
        var tokens: [(text: String, prefix: Bool)] = []
        _ = utf8.withUnsafeMutableBufferPointer { buffer in
            BigramTokenizer.scan(buffer.baseAddress!, count: count, query: query) { token in
                let text = token.word.map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
                    ?? String(decoding: buffer[token.start..<token.end], as: UTF8.self)
                tokens.append((text, token.isCharacter))
                return 0
            }
        }
        return tokens
    }


    /// The tokens an index holds for a paragraph's normalized text, space-separated (repeats kept:
    /// PostgreSQL's `array_to_tsvector` drops them), built as bytes without a string per token.
    package static func spaceSeparated(_ text: String) -> String {
        var utf8 = Array(text.utf8)
        let count = utf8.count
        guard count > 0 else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(count * 3)
        _ = utf8.withUnsafeMutableBufferPointer { buffer in
            BigramTokenizer.scan(buffer.baseAddress!, count: count, query: false) { token in
                if !out.isEmpty { out.append(0x20) }
                if let word = token.word {
                    out.append(contentsOf: word.lazy.map { UInt8(bitPattern: $0) })
                } else {
                    out.append(contentsOf: buffer[token.start..<token.end])
                }
                return 0
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
