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
