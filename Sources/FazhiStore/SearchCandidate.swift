import FazhiCore

/// A paragraph the index matched, before it is verified and ranked: what either store fetches.
package struct SearchCandidate: Sendable {
    package var reportID: Int64
    package var part: String?
    package var areas: String?
    package var start: Int
    package var end: Int
    package var text: String
    package var normalized: String
    package var title: String?
    package var jurisdiction: String?
    package var reportYear: Int?

    package init(reportID: Int64, part: String?, areas: String?, start: Int, end: Int, text: String, normalized: String,
                 title: String?, jurisdiction: String?, reportYear: Int?) {
        self.reportID = reportID
        self.part = part
        self.areas = areas
        self.start = start
        self.end = end
        self.text = text
        self.normalized = normalized
        self.title = title
        self.jurisdiction = jurisdiction
        self.reportYear = reportYear
    }

    /// The candidates that hold every term as written (the index matched its tokens only), ranked
    /// with BM25 over the candidates (``SearchRanking``), best first, the filter's page of them.
    package static func hits(_ candidates: [SearchCandidate], terms: SearchTerms, filter: ReportFilter) -> [SearchHit] {
        var kept: [SearchCandidate] = [], texts: [[Unicode.Scalar]] = [], highlights: [[TermMatch]] = []
        for candidate in candidates {
            let text = candidate.normalized.scalarArray
            let found = terms.highlights(in: text)
            guard Set(found.map(\.term)).count == terms.terms.count else { continue }
            kept.append(candidate)
            texts.append(text)
            highlights.append(found)
        }
        let frequencies = highlights.map { found in
            found.reduce(into: [Int](repeating: 0, count: terms.terms.count)) { counts, match in counts[match.term] += 1 }
        }
        let scores = SearchRanking.bm25(frequencies: frequencies, lengths: texts.map(\.count))
        let order = kept.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return order.dropFirst(filter.offset).prefix(filter.limit).map { i in
            kept[i].hit(highlights: highlights[i].map(\.range), rank: scores[i])
        }
    }

    /// The hit this paragraph makes, with its highlights and rank.
    package func hit(highlights: [TextRange], rank: Double) -> SearchHit {
        SearchHit(
            reportID: reportID, title: title, jurisdiction: jurisdiction, reportYear: reportYear,
            part: part.flatMap { $0.isEmpty ? nil : $0 },
            areas: areas?.split(separator: ",").map(String.init) ?? [],
            paragraph: text, range: TextRange(start: start, end: end),
            highlights: highlights, rank: rank)
    }
}
