import FazhiCore
import FazhiStore
import PostgresNIO

/// Full-text search on PostgreSQL with what Debian's PostgreSQL ships, behaving as the embedded
/// store's: each paragraph's normalized (simplified) text is stored with its bigram tokens in a
/// `tsvector` without positions (`array_to_tsvector`, no parser, no dictionary), under a GIN index.
/// A query — simplified the same way, so 復議 finds 复议 — becomes a `tsquery` ANDing its terms'
/// bigrams (a lone character a prefix, `'复':*`); the newest matching paragraphs are fetched,
/// verified to hold each term exactly, highlighted and ranked with the same BM25 as SQLite's.
/// The README compares this with pg_trgm and with one token per character with phrase queries.
enum PostgresSearch {
    /// The tokens stored for a paragraph.
    static func tokens(_ normalized: String) -> [String] { IndexTokens.distinct(normalized) }

    /// The `tsquery` of a query's terms: lexemes quoted (tokens hold only letters, digits and Han
    /// characters, but quotes are doubled all the same), so no operator can be injected.
    static func tsquery(_ terms: SearchTerms) -> String {
        terms.queryTokens.map { token in
            "'" + token.text.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\\", with: "\\\\") + "'"
                + (token.prefix ? ":*" : "")
        }.joined(separator: " & ")
    }
}

extension PostgresStore {
    /// How many matching paragraphs a search ranks: the most recently stored ones, as the embedded
    /// store does (``FazhiStore/SQLiteStore/searchCandidates``).
    public static var searchCandidates: Int { SQLiteStore.searchCandidates }

    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let terms = SearchTerms(request.query)
        guard !terms.isEmpty else { return [] }
        let where_ = FilterSQL(request.filter)
        let sql = """
            SELECT p.reportId, p.part, p.areas, p.start, p."end", p.text, p.normalized, r.title, r.jurisdiction, r.reportYear
            FROM paragraph p JOIN report r ON r.id = p.reportId
            WHERE \((["p.tokens @@ ?::tsquery"] + where_.conditions).joined(separator: " AND "))
            ORDER BY p.id DESC LIMIT \(Self.searchCandidates)
            """
        let candidates = try rows(sql, [.text(PostgresSearch.tsquery(terms))] + where_.arguments.sqlValues).map { row in
            SearchCandidate(
                reportID: try row["reportid"].decode(Int64.self), part: try row["part"].decode(String?.self),
                areas: try row["areas"].decode(String?.self), start: try row["start"].decode(Int.self),
                end: try row["end"].decode(Int.self), text: try row["text"].decode(String.self),
                normalized: try row["normalized"].decode(String.self), title: try row["title"].decode(String?.self),
                jurisdiction: try row["jurisdiction"].decode(String?.self), reportYear: try row["reportyear"].decode(Int?.self))
        }
        return SearchCandidate.hits(candidates, terms: terms, filter: request.filter)
    }
}
