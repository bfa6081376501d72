import FazhiCore
import Foundation
import GRDB
import GRDBSQLite

extension SQLiteStore {
    /// How many matching paragraphs a search ranks: the most recently stored ones.
    ///
    /// FTS5's own `bm25()` counts every match of every term before it ranks anything, so a common
    /// word (复议, 普法) costs a pass over all its matches: hundreds of milliseconds at 10,000 reports.
    /// Instead the index is walked newest first (which FTS5 does lazily) and stops at this many
    /// matches; those are ranked here with BM25 (``SearchRanking``). Filters narrow the walk, so the
    /// candidates are always the newest matching paragraphs of the filtered reports.
    ///
    /// 500 rather than 1,000 (until 2026-12): each candidate costs a lookup and a count (~2 µs),
    /// and at 1,000 a search API under 64 connections answered at p99 121 ms, at 500 at 77 ms
    /// (README, the portal's load).
    public static let searchCandidates = 500

    /// Merges the search index into one segment (FTS5's `optimize`) after a bulk load that stored
    /// at least a quarter of the reports now held: the index is then walked through one segment
    /// per token rather than a dozen (a search for a rare phrase 2–3 times faster). About a second
    /// per 10,000 reports; smaller loads leave the index to FTS5's own incremental merging.
    public func settleAfterBulkLoad(stored: Int) throws -> String? {
        guard try isBulkLoad(stored: stored) else { return nil }
        try write { db in try db.execute(sql: "INSERT INTO paragraph_fts(paragraph_fts) VALUES('optimize')") }
        return "search index merged"
    }

    /// Paragraphs matching every term of the query (terms are separated by spaces; each term is
    /// a phrase of characters), best first, with the report filters.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let terms = SearchTerms(request.query)
        guard !terms.isEmpty else { return [] }
        return try read { db in
            let (whereSQL, arguments) = Self.whereClause(request.filter)
            let filter = whereSQL.isEmpty ? "" : " AND " + whereSQL.dropFirst("WHERE ".count)
            let join = whereSQL.isEmpty ? "" : " JOIN report r ON r.id = p.reportId"
            // First the candidates' normalized text only, newest first (the index walked in
            // rowid order, each paragraph looked up by its key: no sorter, no copies), counted
            // where it lies; the page's hits are read in full afterwards.
            let sql = """
                SELECT p.id, p.normalized, p."end" - p.start FROM paragraph_fts
                JOIN paragraph p ON p.id = paragraph_fts.rowid\(join)
                WHERE paragraph_fts MATCH ?\(filter)
                ORDER BY paragraph_fts.rowid DESC LIMIT \(Self.searchCandidates)
                """
            // Keep the paragraphs that hold every term as written (the index matched its tokens):
            // a cached statement stepped through SQLite's C API, each text counted where it lies.
            let statement = try db.cachedStatement(sql: sql)
            try statement.setArguments([terms.matchExpression] + arguments)
            let candidates = try Self.verify(statement, terms: terms, db)
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
            // Cached: a page of 20 hits (the portal's size) is always the same statement.
            for row in try Row.fetchAll(try db.cachedStatement(sql: details), arguments: StatementArguments(page.map(\.id))) { rows[row[0]] = row }
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

extension SQLiteStore {
    /// Steps the candidates' statement (columns: id, normalized text, length) and keeps those holding every
    /// term. GRDB's cursor wrapped each text in `Data` and each row in a `Row`: a tenth of a search.
    static func verify(_ statement: Statement, terms: SearchTerms, _ db: Database) throws -> SearchPage {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        var page = SearchPage(terms: terms, capacity: searchCandidates)
        while true {
            let rc = sqlite3_step(handle)
            if rc == SQLITE_DONE { return page }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: db.lastErrorMessage, sql: statement.sql)
            }
            let id = sqlite3_column_int64(handle, 0)
            let text = sqlite3_column_text(handle, 1)
            let count = Int(sqlite3_column_bytes(handle, 1))
            page.consider(id: id, length: Int(sqlite3_column_int64(handle, 2)),
                          utf8: UnsafeRawBufferPointer(start: text, count: text == nil ? 0 : count))
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
        tokensByTerm.flatMap { $0 }
    }

    /// The same, term by term.
    package var tokensByTerm: [[(text: String, prefix: Bool)]] {
        terms.map { term in IndexTokens.scan(String(scalars: term), query: true) }
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
    /// ``highlights(in:)`` finds them (left to right, not overlapping, ASCII letters folded). UTF-8
    /// keeps code points apart, so a match of the bytes is a match of the code points.
    func counts(inUTF8 text: Data) -> [Int] {
        text.withUnsafeBytes { counts(inUTF8: $0) }
    }

    func counts(inUTF8 raw: UnsafeRawBufferPointer) -> [Int] {
        let bytes = raw.bindMemory(to: UInt8.self)
        return utf8Terms.map { Self.occurrences(of: $0, in: bytes) }
    }

    /// Appends the counts to `counts`; false as soon as a term is missing (the rest not counted).
    func appendCounts(inUTF8 raw: UnsafeRawBufferPointer, to counts: inout [Int]) -> Bool {
        let bytes = raw.bindMemory(to: UInt8.self)
        for term in utf8Terms {
            let n = Self.occurrences(of: term, in: bytes)
            counts.append(n)
            if n == 0 { return false }
        }
        return true
    }

    /// The terms a paragraph must hold byte for byte (those without ASCII letters, which match
    /// either case): a store may test them where the text lies before counting.
    package var literalTerms: [String] {
        terms.filter { !$0.contains { $0.isASCII && $0.properties.isAlphabetic } }.map { String(scalars: $0) }
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
