/// Two reports compared part by part: who they are and what they share.
///
/// What `fazhi similar` prints for each pair (``SimilarityTextReport``, ``json(pretty:)``).
public struct ReportComparison: Sendable {
    /// One side of the comparison, as a reader names it.
    public struct Side: Sendable, Hashable, Codable {
        public var name: String
        public var jurisdiction: String?
        public var reportYear: Int?

        public init(name: String, jurisdiction: String? = nil, reportYear: Int? = nil) {
            self.name = name
            self.jurisdiction = jurisdiction
            self.reportYear = reportYear
        }

        public init(_ report: ComparableReport) {
            self.init(name: report.name, jurisdiction: report.metadata.jurisdiction,
                      reportYear: report.metadata.reportYear)
        }
    }

    public var a: Side
    public var b: Side
    public var results: [SimilarityResult]

    public init(a: Side, b: Side, results: [SimilarityResult]) {
        self.a = a
        self.b = b
        self.results = results
    }

    /// Compares two reports, passages included.
    /// - Throws: ``SimilarityError`` when they were made under different schemes.
    public init(_ a: ComparableReport, _ b: ComparableReport, options: SimilarityOptions = SimilarityOptions()) throws {
        self.init(a: Side(a), b: Side(b), results: try Similarity.compare(a, b, options: options))
    }

    /// The most serious verdict of the pair (`copied` before `partial` before `distinct`).
    public var verdict: SimilarityVerdict {
        results.map(\.verdict).min() ?? .distinct
    }
}
