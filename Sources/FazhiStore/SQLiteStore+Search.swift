import FazhiCore
import Foundation
import GRDB

extension SQLiteStore {
    /// How many matching paragraphs a search ranks: the most recently stored ones.
    ///
    /// FTS5's own `bm25()` counts every match of every term before it ranks anything, so a common
    /// word (复议, 普法) costs a pass over all its matches: hundreds of milliseconds at 10,000 reports.
    /// Instead the index is walked newest first (which FTS5 does lazily) and stops at this many
    /// matches; those are ranked here with BM25 (``SearchRanking``). Filters narrow the walk, so the
    /// candidates are always the newest matching paragraphs of the filtered reports.
    public static let searchCandidates = 1000

    /// Paragraphs matching every term of the query (terms are separated by spaces; each term is
    /// a phrase of characters), best first, with the report filters.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let terms = SearchTerms(request.query)
        guard !terms.isEmpty else { return [] }
        return try pool.read { db in
            let (whereSQL, arguments) = Self.whereClause(request.filter)
            let filter = whereSQL.isEmpty ? "" : " AND " + whereSQL.dropFirst("WHERE ".count)
            let join = whereSQL.isEmpty ? "" : " JOIN paragraph p ON p.id = paragraph_fts.rowid JOIN report r ON r.id = p.reportId"
            let matching = """
                SELECT paragraph_fts.rowid AS id FROM paragraph_fts\(join)
                WHERE paragraph_fts MATCH ?\(filter)
                ORDER BY paragraph_fts.rowid DESC LIMIT \(Self.searchCandidates)
                """
            // First the candidates' normalized text only, newest first, counted where it lies
            // (no copies); the page's hits are read in full afterwards.
            let sql = """
                SELECT pp.id, pp.normalized
                FROM (\(matching)) c
                JOIN paragraph pp ON pp.id = c.id
                ORDER BY c.id DESC
                """
            // Keep the paragraphs that hold every term as written (the index matched its tokens).
            var candidates = SearchPage()
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: [terms.matchExpression] + arguments)
            while let row = try cursor.next() {
                let (found, length) = try row.withUnsafeData(atIndex: 1) { data in
                    data.map { terms.counts(inUTF8: $0) } ?? ([Int](repeating: 0, count: terms.terms.count), 0)
                }
                candidates.consider(id: row[0], counts: found, length: length)
            }
            let page = candidates.page(request.filter)
            // Then the page's hits in full.
            guard !page.isEmpty else { return [] }
            let details = """
                SELECT pp.id, pp.reportId, pp.part, pp.areas, pp.start, pp.end, pp.text, pp.normalized,
                       rr.title, rr.jurisdiction, rr.reportYear
                FROM paragraph pp JOIN report rr ON rr.id = pp.reportId
                WHERE pp.id IN (\(page.map { _ in "?" }.joined(separator: ",")))
                """
            var rows: [Int64: Row] = [:]
            for row in try Row.fetchAll(db, sql: details, arguments: StatementArguments(page.map(\.id))) { rows[row[0]] = row }
            return page.compactMap { hit -> SearchHit? in
                guard let row = rows[hit.id] else { return nil }
                let candidate = SearchCandidate(
                    reportID: row["reportId"], part: row["part"], areas: row["areas"], start: row["start"], end: row["end"],
                    text: row["text"], normalized: row["normalized"], title: row["title"],
                    jurisdiction: row["jurisdiction"], reportYear: row["reportYear"])
                return candidate.hit(highlights: terms.highlights(in: candidate.normalized.scalarArray).map(\.range), rank: hit.rank)
            }
        }
    }
}

/// A user's query as FTS5 understands it: traditional folded to simplified, each space-separated
/// term a phrase of its characters, the terms ANDed.
package struct SearchTerms {
    package let terms: [[Unicode.Scalar]]
    /// The terms folded, as UTF-8.
    let utf8Terms: [[UInt8]]

    package init(_ query: String) {
        let simplified = ScriptNormalizer.shared.simplify(query)
        terms = simplified.split(whereSeparator: { $0.isWhitespace || $0 == "　" }).map { word in
            // Keep what the tokenizer indexes: Han characters, letters, digits.
            Array(word.unicodeScalars.filter { $0.isHan || $0.properties.isAlphabetic || $0.isDigit })
        }.filter { !$0.isEmpty }
        utf8Terms = terms.map { Array(String(scalars: $0.map(Self.fold)).utf8) }
    }

    package var isEmpty: Bool { terms.isEmpty }

    /// The index tokens of every term, ANDed: `行政复议 纠错` → `"行政" "政复" "复议" "纠错"`. The index
    /// keeps no positions (``Migrations``), so a term's bigrams are found in any order; the
    /// candidates are then verified (``highlights(in:)``) so that a hit holds each term exactly. A
    /// lone character is a prefix query (`"复"*`): the index holds it alone only where a run ends.
    /// Tokens are quoted, so no FTS5 operator can be injected.
    package var matchExpression: String {
        queryTokens.map { "\"" + $0.text + "\"" + ($0.prefix ? "*" : "") }.joined(separator: " ")
    }

    /// The index tokens a paragraph must hold to match (``BigramTokenizer`` in a query); `prefix`
    /// marks a lone character, which matches any token it begins.
    package var queryTokens: [(text: String, prefix: Bool)] {
        terms.flatMap { term in IndexTokens.scan(String(scalars: term), query: true) }
    }

    /// Where the terms stand in a paragraph's normalized text (code-point ranges), and which term.
    package func highlights(in text: [Unicode.Scalar]) -> [TermMatch] {
        var found: [TermMatch] = []
        let folded = text.map(Self.fold)
        for (index, term) in terms.enumerated() {
            let t = term.map(Self.fold)
            guard !t.isEmpty, folded.count >= t.count else { continue }
            var i = 0
            while i <= folded.count - t.count {
                var k = 0
                while k < t.count, folded[i + k] == t[k] { k += 1 }
                if k == t.count {
                    found.append(TermMatch(term: index, range: TextRange(start: i, end: i + t.count)))
                    i += t.count
                } else {
                    i += 1
                }
            }
        }
        return found.sorted { $0.range < $1.range }
    }

    /// How often each term occurs in a paragraph's normalized text given as UTF-8, counted as
    /// ``highlights(in:)`` finds them (left to right, not overlapping, ASCII letters folded), and
    /// the text's length in code points. UTF-8 keeps code points apart, so a match of the bytes is
    /// a match of the code points.
    func counts(inUTF8 text: Data) -> (counts: [Int], length: Int) {
        text.withUnsafeBytes { counts(inUTF8: $0) }
    }

    package func counts(inUTF8 raw: UnsafeRawBufferPointer) -> (counts: [Int], length: Int) {
        let bytes = raw.bindMemory(to: UInt8.self)
        return (utf8Terms.map { Self.occurrences(of: $0, in: bytes) }, Self.codePoints(bytes))
    }

    /// The terms a paragraph must hold byte for byte (those without ASCII letters, which match
    /// either case): a store may test them where the text lies before counting.
    package var literalTerms: [String] {
        terms.filter { !$0.contains { $0.isASCII && $0.properties.isAlphabetic } }.map { String(scalars: $0) }
    }

    /// Code points in UTF-8: the bytes that do not continue one (`10xxxxxx`), 8 bytes at a time.
    static func codePoints(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
        var continuing = 0, i = 0
        while i + 8 <= bytes.count {
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            continuing += ((w & 0x8080_8080_8080_8080) & ~((w & 0x4040_4040_4040_4040) << 1)).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if bytes[i] & 0xC0 == 0x80 { continuing += 1 }
            i += 1
        }
        return bytes.count - continuing
    }

    private static func occurrences(of term: [UInt8], in text: UnsafeBufferPointer<UInt8>) -> Int {
        guard !term.isEmpty, text.count >= term.count, let base = text.baseAddress else { return 0 }
        var n = 0, i = 0
        if !term.contains(where: { (0x61...0x7A).contains($0) }) {
            // No ASCII letter in the term: folding cannot make or unmake a match, so the bytes are
            // compared as they are, wherever memchr finds the term's last byte.
            return term.withUnsafeBufferPointer { t in
                let tail = t.count - 1, lastByte = Int32(t[tail])
                var p = tail
                while p < text.count, let hit = memchr(base + p, lastByte, text.count - p) {
                    let end = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + end - tail, t.baseAddress!, tail) == 0 {
                        n += 1
                        p = end + 1 + tail
                    } else {
                        p = end + 1
                    }
                }
                return n
            }
        }
        let first = term[0]
        while i <= text.count - term.count {
            if foldByte(text[i]) == first {
                var k = 1
                while k < term.count, foldByte(text[i + k]) == term[k] { k += 1 }
                if k == term.count {
                    n += 1
                    i += term.count
                    continue
                }
            }
            i += 1
        }
        return n
    }

    private static func foldByte(_ b: UInt8) -> UInt8 { (0x41...0x5A).contains(b) ? b + 0x20 : b }

    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(s.value) ? (Unicode.Scalar(s.value + 0x20) ?? s) : s
    }
}
