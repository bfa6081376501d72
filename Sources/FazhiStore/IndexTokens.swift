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


    /// The distinct tokens of a paragraph's normalized text in byte order (the order of a
    /// PostgreSQL tsvector's lexemes: bytes compared, a shorter lexeme first when one begins the
    /// other), each passed to `body` as its UTF-8 bytes.
    ///
    /// A token of at most eight bytes (a bigram of Han characters is six) is sorted as a number:
    /// its bytes big-endian, zero-padded (a token holds no zero byte, so the shorter of two that
    /// begin alike comes first). Longer ones (ASCII words) are sorted as bytes and merged in.
    package static func forEachDistinctSorted(_ text: String, _ body: (UnsafeRawBufferPointer) -> Void) {
        var utf8 = Array(text.utf8)
        let count = utf8.count
        guard count > 0 else { return }
        var short: [UInt64] = []
        short.reserveCapacity(count / 2)
        // Longer tokens with the key of their first eight bytes, to merge them in.
        var long: [(key: UInt64, bytes: [UInt8])] = []
        _ = utf8.withUnsafeMutableBufferPointer { buffer in
            BigramTokenizer.scan(buffer.baseAddress!, count: count, query: false) { token in
                // A word is lowercased apart from the text; any other token is read where it lies.
                func add(_ bytes: UnsafeRawBufferPointer) {
                    if bytes.count <= 8 { short.append(key(bytes)) } else { long.append((key(bytes), Array(bytes))) }
                }
                if let word = token.word {
                    word.withUnsafeBytes(add)
                } else {
                    add(UnsafeRawBufferPointer(start: buffer.baseAddress! + token.start, count: token.end - token.start))
                }
                return 0
            }
        }
        short.sort()
        if !long.isEmpty { long.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) } }
        var previousShort: UInt64?
        var previousLong: [UInt8]?
        var l = 0
        func emitLong() {
            if long[l].bytes != previousLong { long[l].bytes.withUnsafeBytes(body) }
            previousLong = long[l].bytes
            l += 1
        }
        for k in short where k != previousShort {
            previousShort = k
            // Longer tokens that sort before this one (their first eight bytes less than its).
            while l < long.count, long[l].key < k { emitLong() }
            withUnsafeBytes(of: k.bigEndian) { body(UnsafeRawBufferPointer(start: $0.baseAddress, count: 8 - k.trailingZeroBitCount / 8)) }
        }
        while l < long.count { emitLong() }
    }

    /// The first eight bytes (or fewer) as a big-endian number, zero-padded on the right.
    private static func key(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var key: UInt64 = 0
        for i in 0..<8 { key = key << 8 | UInt64(i < bytes.count ? bytes[i] : 0) }
        return key
    }
}
