import FazhiCore

/// One figure of one stored report, for comparisons and exports.
public struct IndicatorValue: Sendable, Hashable, Codable {
    public var reportID: Int64
    public var jurisdiction: String?
    public var reportYear: Int?
    public var title: String?
    public var indicator: String
    public var value: Double
    public var unit: String?
    public var approx: String?
    public var change: Double?
    /// The figure as written, and where: code-point offsets into the report's text.
    public var text: String
    public var range: TextRange
    public var sentence: TextRange?

    public init(reportID: Int64, jurisdiction: String?, reportYear: Int?, title: String?, indicator: String, value: Double,
                unit: String?, approx: String?, change: Double?, text: String, range: TextRange, sentence: TextRange?) {
        self.reportID = reportID
        self.jurisdiction = jurisdiction
        self.reportYear = reportYear
        self.title = title
        self.indicator = indicator
        self.value = value
        self.unit = unit
        self.approx = approx
        self.change = change
        self.text = text
        self.range = range
        self.sentence = sentence
    }
}

/// One finding of one stored report.
public struct FindingRow: Sendable, Hashable, Codable {
    public var reportID: Int64
    public var jurisdiction: String?
    public var reportYear: Int?
    public var title: String?
    public var rule: String
    public var subject: String?
    public var severity: String
    public var message: String
    public var range: TextRange?

    public init(reportID: Int64, jurisdiction: String?, reportYear: Int?, title: String?, rule: String, subject: String?,
                severity: String, message: String, range: TextRange?) {
        self.reportID = reportID
        self.jurisdiction = jurisdiction
        self.reportYear = reportYear
        self.title = title
        self.rule = rule
        self.subject = subject
        self.severity = severity
        self.message = message
        self.range = range
    }
}

extension IndicatorValue {
    /// The catalogued figures of one stored report, in text order (what `indicatorValues` reads
    /// from the store's figure rows, taken here from the report's analysis).
    public static func values(of report: StoredReport) -> [IndicatorValue] {
        let s = report.summary
        return report.analysis.quantities.compactMap { q in
            q.indicator.map { id in
                IndicatorValue(reportID: s.id, jurisdiction: s.jurisdiction, reportYear: s.reportYear, title: s.title,
                               indicator: id, value: q.value, unit: q.unit, approx: q.approx?.rawValue, change: q.change,
                               text: q.text, range: q.range, sentence: q.sentence)
            }
        }
    }
}

extension FindingRow {
    /// The findings of one stored report.
    public static func rows(of report: StoredReport) -> [FindingRow] {
        let s = report.summary
        return report.analysis.findings.map { f in
            FindingRow(reportID: s.id, jurisdiction: s.jurisdiction, reportYear: s.reportYear, title: s.title, rule: f.rule,
                       subject: f.subject, severity: f.severity.rawValue, message: f.message, range: f.range)
        }
    }
}
