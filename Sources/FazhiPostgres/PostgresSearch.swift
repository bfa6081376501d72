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

    /// Two steps, as the embedded store searches: the newest matching paragraphs' normalized text
    /// only, counted as it arrives, then the page's hits in full. A term without ASCII letters must
    /// also be in the text byte for byte (`strpos`, tested before the tsvector): where a common word
    /// makes PostgreSQL walk the paragraphs newest first rather than through the index, that test
    /// is far cheaper than opening each paragraph's tsvector.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let terms = SearchTerms(request.query)
        guard !terms.isEmpty else { return [] }
        let where_ = FilterSQL(request.filter)
        let literals = terms.literalTerms
        let conditions = literals.map { _ in "strpos(p.normalized, ?) > 0" } + ["p.tokens @@ ?::tsquery"] + where_.conditions
        let join = where_.conditions.isEmpty ? "" : " JOIN report r ON r.id = p.reportId"
        let sql = """
            SELECT p.id, p.normalized, p."end" - p.start FROM paragraph p\(join)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY p.id DESC LIMIT \(Self.searchCandidates)
            """
        var page = SearchPage(terms: terms, capacity: Self.searchCandidates)
        for row in try rows(sql, literals.map { .text($0) } + [.text(PostgresSearch.tsquery(terms))] + where_.arguments.sqlValues) {
            let id = try row[0].decode(Int64.self)
            guard let bytes = row[1].bytes else { continue }
            let length = try row[2].decode(Int.self)
            bytes.withUnsafeReadableBytes { page.consider(id: id, length: length, utf8: $0) }
        }
        let ranked = page.page(request.filter)
        guard !ranked.isEmpty else { return [] }
        let details = """
            SELECT p.id, p.reportId, p.part, p.areas, p.start, p."end", p.text, p.normalized, r.title, r.jurisdiction, r.reportYear
            FROM paragraph p JOIN report r ON r.id = p.reportId
            WHERE p.id = ANY(?::int8[])
            """
        var candidates: [Int64: SearchCandidate] = [:]
        for row in try rows(details, [.column(ColumnArray(kind: .int8, values: ranked.map { .int(Int($0.id)) }))]) {
            candidates[try row["id"].decode(Int64.self)] = SearchCandidate(
                reportID: try row["reportid"].decode(Int64.self), part: try row["part"].decode(String?.self),
                areas: try row["areas"].decode(String?.self), start: try row["start"].decode(Int.self),
                end: try row["end"].decode(Int.self), text: try row["text"].decode(String.self),
                normalized: try row["normalized"].decode(String.self), title: try row["title"].decode(String?.self),
                jurisdiction: try row["jurisdiction"].decode(String?.self), reportYear: try row["reportyear"].decode(Int?.self))
        }
        return ranked.compactMap { hit in
            candidates[hit.id].map { $0.hit(highlights: terms.highlights(in: $0.normalized.scalarArray).map(\.range), rank: hit.rank) }
        }
    }
}
