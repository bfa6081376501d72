import FazhiStore
import Foundation

/// A paragraph's search tokens as PostgreSQL's binary `tsvector` (what `tsvectorrecv` reads): the
/// number of lexemes, then each lexeme NUL-terminated with no positions. The lexemes go distinct
/// and in the server's order, so it neither sorts nor removes repeats; building the tsvector on
/// the server instead (`array_to_tsvector(string_to_array(…))`) was a tenth of an ingest's
/// server time.
enum TSVectorBinary {
    /// The longest lexeme a tsvector holds (PostgreSQL's MAXSTRLEN, 2047 bytes). A longer token,
    /// an ASCII run of thousands of letters, is left out of the index: `array_to_tsvector` cut it
    /// silently, and no query can name it.
    static let longestLexeme = 2047

    /// The tokens of a paragraph's normalized text, after `first` (a lexeme that sorts before
    /// every token: a ``RecencyBuckets`` lexeme) when given.
    static func encode(_ normalized: String, first: String? = nil) -> Data {
        var out: [UInt8] = [0, 0, 0, 0]
        out.reserveCapacity(normalized.utf8.count * 3 + 16)
        var count: UInt32 = 0
        func append(_ lexeme: some Collection<UInt8>) {
            out.append(contentsOf: lexeme)
            out.append(contentsOf: [0, 0, 0])  // the NUL ending the lexeme; no positions (UInt16 0)
            count += 1
        }
        if let first { append(first.utf8) }
        IndexTokens.forEachDistinctSorted(normalized) { lexeme in
            if lexeme.count <= longestLexeme { append(lexeme) }
        }
        withUnsafeBytes(of: count.bigEndian) { for i in 0..<4 { out[i] = $0[i] } }
        return Data(out)
    }
}
