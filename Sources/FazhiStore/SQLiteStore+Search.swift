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
            let candidates = """
                SELECT paragraph_fts.rowid AS id FROM paragraph_fts\(join)
                WHERE paragraph_fts MATCH ?\(filter)
                ORDER BY paragraph_fts.rowid DESC LIMIT \(Self.searchCandidates)
                """
            let sql = """
                SELECT pp.reportId, pp.part, pp.areas, pp.start, pp.end, pp.text, pp.normalized,
                       rr.title, rr.jurisdiction, rr.reportYear
                FROM (\(candidates)) c
                JOIN paragraph pp ON pp.id = c.id
                JOIN report rr ON rr.id = pp.reportId
                """
            let fetched = try Row.fetchAll(db, sql: sql, arguments: [terms.matchExpression] + arguments)
            // Keep the paragraphs that hold every term as written (the index matched its tokens).
            var rows: [Row] = [], texts: [[Unicode.Scalar]] = [], highlights: [[TermMatch]] = []
            for row in fetched {
                let text = (row["normalized"] as String).scalarArray
                let found = terms.highlights(in: text)
                guard Set(found.map(\.term)).count == terms.terms.count else { continue }
                rows.append(row)
                texts.append(text)
                highlights.append(found)
            }
            let scores = SearchRanking.bm25(highlights: highlights, lengths: texts.map(\.count), terms: terms.terms)
            let order = rows.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
            return order.dropFirst(request.filter.offset).prefix(request.filter.limit).map { i in
                let row = rows[i]
                let areas: String? = row["areas"]
                return SearchHit(
                    reportID: row["reportId"], title: row["title"], jurisdiction: row["jurisdiction"],
                    reportYear: row["reportYear"], part: (row["part"] as String?).flatMap { $0.isEmpty ? nil : $0 },
                    areas: areas?.split(separator: ",").map(String.init) ?? [],
                    paragraph: row["text"], range: TextRange(start: row["start"], end: row["end"]),
                    highlights: highlights[i].map(\.range), rank: scores[i])
            }
        }
    }
}

/// A user's query as FTS5 understands it: traditional folded to simplified, each space-separated
/// term a phrase of its characters, the terms ANDed.
struct SearchTerms {
    let terms: [[Unicode.Scalar]]

    init(_ query: String) {
        let simplified = ScriptNormalizer.shared.simplify(query)
        terms = simplified.split(whereSeparator: { $0.isWhitespace || $0 == "　" }).map { word in
            // Keep what the tokenizer indexes: Han characters, letters, digits.
            Array(word.unicodeScalars.filter { $0.isHan || $0.properties.isAlphabetic || $0.isDigit })
        }.filter { !$0.isEmpty }
    }

    var isEmpty: Bool { terms.isEmpty }

    /// The index tokens of every term, ANDed: `行政复议 纠错` → `"行政" "政复" "复议" "纠错"`. The index
    /// keeps no positions (``Migrations``), so a term's bigrams are found in any order; the
    /// candidates are then verified (``highlights(in:)``) so that a hit holds each term exactly. A
    /// lone character is a prefix query (`"复"*`): the index holds it alone only where a run ends.
    /// Tokens are quoted, so no FTS5 operator can be injected.
    var matchExpression: String {
        var tokens: [String] = []
        for term in terms {
            var utf8 = Array(String(scalars: term).utf8)
            let count = utf8.count
            _ = utf8.withUnsafeMutableBufferPointer { buffer in
                BigramTokenizer.scan(buffer.baseAddress!, count: count, query: true) { token in
                    let text = token.word.map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
                        ?? String(decoding: buffer[token.start..<token.end], as: UTF8.self)
                    tokens.append("\"" + text + "\"" + (token.isCharacter ? "*" : ""))
                    return 0
                }
            }
        }
        return tokens.joined(separator: " ")
    }

    /// Where the terms stand in a paragraph's normalized text (code-point ranges), and which term.
    func highlights(in text: [Unicode.Scalar]) -> [TermMatch] {
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
