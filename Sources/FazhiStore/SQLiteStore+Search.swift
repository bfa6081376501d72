import FazhiCore
import GRDB

extension SQLiteStore {
    /// Paragraphs matching every term of the query (terms are separated by spaces; each term is
    /// a phrase of characters), best first (FTS5's bm25), with the report filters.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let terms = SearchTerms(request.query)
        guard !terms.isEmpty else { return [] }
        return try pool.read { db in
            let (whereSQL, arguments) = Self.whereClause(request.filter)
            let filter = whereSQL.isEmpty ? "" : " AND " + whereSQL.dropFirst("WHERE ".count)
            let sql = """
                SELECT p.reportId, p.part, p.areas, p.start, p.end, p.text, p.normalized,
                       r.title, r.jurisdiction, r.reportYear, bm25(paragraph_fts) AS rank
                FROM paragraph_fts
                JOIN paragraph p ON p.id = paragraph_fts.rowid
                JOIN report r ON r.id = p.reportId
                WHERE paragraph_fts MATCH ?\(filter)
                ORDER BY rank LIMIT ? OFFSET ?
                """
            let rows = try Row.fetchAll(db, sql: sql, arguments: [terms.matchExpression] + arguments
                                        + [request.filter.limit, request.filter.offset])
            return rows.map { row in
                let normalized: String = row["normalized"]
                let areas: String? = row["areas"]
                return SearchHit(
                    reportID: row["reportId"], title: row["title"], jurisdiction: row["jurisdiction"],
                    reportYear: row["reportYear"], part: (row["part"] as String?).flatMap { $0.isEmpty ? nil : $0 },
                    areas: areas?.split(separator: ",").map(String.init) ?? [],
                    paragraph: row["text"], range: TextRange(start: row["start"], end: row["end"]),
                    highlights: terms.highlights(in: normalized.scalarArray), rank: row["rank"])
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

    /// `"行政复议" "纠错"`: each term a quoted phrase (no FTS5 operator can be injected).
    var matchExpression: String {
        terms.map { "\"" + String(scalars: $0) + "\"" }.joined(separator: " ")
    }

    /// Where the terms stand in a paragraph's normalized text (code-point ranges).
    func highlights(in text: [Unicode.Scalar]) -> [TextRange] {
        var found: [TextRange] = []
        let folded = text.map(Self.fold)
        for term in terms {
            let t = term.map(Self.fold)
            guard !t.isEmpty, folded.count >= t.count else { continue }
            var i = 0
            while i <= folded.count - t.count {
                if Array(folded[i..<(i + t.count)]) == t {
                    found.append(TextRange(start: i, end: i + t.count))
                    i += t.count
                } else {
                    i += 1
                }
            }
        }
        return found.sorted()
    }

    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(s.value) ? (Unicode.Scalar(s.value + 0x20) ?? s) : s
    }
}
