import FazhiCore
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
            let sql = """
                SELECT pp.reportId, pp.part, pp.areas, pp.start, pp.end, pp.text, pp.normalized,
                       rr.title, rr.jurisdiction, rr.reportYear
                FROM (\(matching)) c
                JOIN paragraph pp ON pp.id = c.id
                JOIN report rr ON rr.id = pp.reportId
                """
            let candidates = try Row.fetchAll(db, sql: sql, arguments: [terms.matchExpression] + arguments).map { row in
                SearchCandidate(reportID: row["reportId"], part: row["part"], areas: row["areas"], start: row["start"],
                                end: row["end"], text: row["text"], normalized: row["normalized"], title: row["title"],
                                jurisdiction: row["jurisdiction"], reportYear: row["reportYear"])
            }
            return SearchCandidate.hits(candidates, terms: terms, filter: request.filter)
        }
    }
}

/// A user's query as FTS5 understands it: traditional folded to simplified, each space-separated
/// term a phrase of its characters, the terms ANDed.
package struct SearchTerms {
    package let terms: [[Unicode.Scalar]]

    package init(_ query: String) {
        let simplified = ScriptNormalizer.shared.simplify(query)
        terms = simplified.split(whereSeparator: { $0.isWhitespace || $0 == "　" }).map { word in
            // Keep what the tokenizer indexes: Han characters, letters, digits.
            Array(word.unicodeScalars.filter { $0.isHan || $0.properties.isAlphabetic || $0.isDigit })
        }.filter { !$0.isEmpty }
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

    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(s.value) ? (Unicode.Scalar(s.value + 0x20) ?? s) : s
    }
}
