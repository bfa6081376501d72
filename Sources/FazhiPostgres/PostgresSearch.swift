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

/// How a search finds its candidates on PostgreSQL: walking the paragraphs newest first; as the
/// planner chooses (through the GIN index for a rare term); or, for many matches spread thin,
/// the newest `window` paragraphs first through the index and their recency buckets
/// (``RecencyBuckets``), then the older ones as the planner chooses if those held too few.
enum CandidatePath: Sendable, Equatable {
    case walk, planner
    case recentFirst(window: Int)
}

extension PostgresStore {
    /// From the statistics (``TokenStatistics``): walk when the terms are common enough; the
    /// newest paragraphs first when the index would return many matches (reading each is the
    /// cost); otherwise, and without statistics (a table not yet analyzed), the planner's way.
    func candidatePath(_ terms: SearchTerms) -> CandidatePath {
        let statistics = (try? tokenStatistics.current { try readTokenStatistics() }) ?? nil
        guard let statistics else { return .planner }
        return statistics.path(terms.tokensByTerm, candidates: Self.searchCandidates)
    }

    /// The `tokens` column's most common elements and their frequencies, and the table's rows;
    /// nil before the table is first analyzed.
    func readTokenStatistics() throws -> TokenStatistics? {
        let sql = """
            SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples
            FROM pg_class c
            LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'paragraph' AND s.attname = 'tokens'
            WHERE c.oid = to_regclass('paragraph')
            """
        guard let row = try rows(sql).first, let elements = try row[0].decode([String]?.self),
              let numbers = try row[1].decode([Float]?.self), !elements.isEmpty, numbers.count >= elements.count
        else { return nil }
        // The frequencies come first, one an element; PostgreSQL appends their least and greatest.
        let frequencies = numbers.prefix(elements.count).map(Double.init)
        return TokenStatistics(frequencies: Dictionary(zip(elements, frequencies), uniquingKeysWith: max),
                               rows: Double(try row[2].decode(Float.self)))
    }

    /// How many matching paragraphs a search ranks: the most recently stored ones, as the embedded
    /// store does (``FazhiStore/SQLiteStore/searchCandidates``).
    public static var searchCandidates: Int { SQLiteStore.searchCandidates }

    /// Two steps, as the embedded store searches: the newest matching paragraphs' normalized text
    /// only, counted as it arrives, then the page's hits in full. A term without ASCII letters must
    /// also be in the text byte for byte (`strpos`): where a common word makes the search walk the
    /// paragraphs newest first rather than read the index, that test is far cheaper than opening
    /// each paragraph's tsvector. Whether to walk is decided from the tokens' statistics
    /// (``TokenStatistics``), not left to the planner, which takes a common term for rare.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let terms = SearchTerms(request.query)
        guard !terms.isEmpty else { return [] }
        return try search(request, terms: terms, path: nil)
    }

    /// The search with its candidates (the newest `ranked` matches) found the way `path` says (the
    /// tests compare them), or, when nil, as ``candidatePath(_:)`` chooses; with report filters (a
    /// year, one jurisdiction) the planner, which weighs them too: a walk for one jurisdiction's
    /// paragraphs could read most of the table.
    func search(_ request: SearchRequest, terms: SearchTerms, path: CandidatePath?, ranked: Int = searchCandidates) throws -> [SearchHit] {
        let where_ = FilterSQL(request.filter)
        let path = path ?? (where_.conditions.isEmpty ? candidatePath(terms) : .planner)
        var page = SearchPage(terms: terms, capacity: ranked)
        switch path {
        case .walk, .planner:
            try candidates(terms, path, where_, limit: ranked, into: &page)
        case .recentFirst(let window):
            // Exact: every paragraph from `lower` on holds its bucket, so the first step finds
            // all the matches there (newest first), and the second the older ones.
            let bounds = try rows("SELECT (SELECT max(id) FROM paragraph), (SELECT bucketedFrom FROM paragraph_recency)")[0]
            guard let newest = try bounds[0].decode(Int64?.self) else { return [] }
            let lower = max(newest - Int64(window) + 1, try bounds[1].decode(Int64.self))
            var found = 0
            if lower <= newest {
                found = try candidates(terms, .planner, where_, recent: (lower, newest), limit: ranked, into: &page)
            }
            if found < ranked {
                try candidates(terms, .planner, where_, olderThan: lower, limit: ranked - found, into: &page)
            }
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

    /// The newest `limit` matching paragraphs (all of them between `recent`'s ids, or older than
    /// `olderThan`, when given), newest first, their normalized text counted into `page`; how
    /// many there were.
    @discardableResult
    private func candidates(_ terms: SearchTerms, _ path: CandidatePath, _ where_: FilterSQL, recent: (lower: Int64, upper: Int64)? = nil,
                            olderThan: Int64? = nil, limit: Int, into page: inout SearchPage) throws -> Int {
        let literals = terms.literalTerms
        let tests = literals.map { _ in "strpos(p.normalized, ?) > 0" }
        var values = literals.map { SQLValue.text($0) } + [.text(PostgresSearch.tsquery(terms))]
        var match: String
        if path == .walk {
            // A CASE no index can serve, which PostgreSQL takes for common: it walks the primary
            // key newest first, and tests each paragraph's text before opening its tsvector.
            let when = tests.isEmpty ? "true" : tests.joined(separator: " AND ")
            match = "CASE WHEN \(when) THEN p.tokens @@ ?::tsquery ELSE false END"
        } else if let recent {
            // `p.id + 0`: a bound the primary key cannot serve, or PostgreSQL would walk it.
            match = (tests + ["p.tokens @@ (?::tsquery && ?::tsquery)", "p.id + 0 >= ?"]).joined(separator: " AND ")
            values += [.text(RecencyBuckets.tsquery(recent.lower, recent.upper)), .int(Int(recent.lower))]
        } else {
            match = (tests + ["p.tokens @@ ?::tsquery"]).joined(separator: " AND ")
        }
        if let olderThan {
            match += " AND p.id + 0 < ?"
            values.append(.int(Int(olderThan)))
        }
        let conditions = [match] + where_.conditions
        let join = where_.conditions.isEmpty ? "" : " JOIN report r ON r.id = p.reportId"
        let sql = """
            SELECT p.id, p.normalized, p."end" - p.start FROM paragraph p\(join)
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY p.id DESC LIMIT \(limit)
            """
        var count = 0
        for row in try rows(sql, values + where_.arguments.sqlValues) {
            count += 1
            let id = try row[0].decode(Int64.self)
            guard let bytes = row[1].bytes else { continue }
            let length = try row[2].decode(Int.self)
            bytes.withUnsafeReadableBytes { page.consider(id: id, length: length, utf8: $0) }
        }
        return count
    }
}
