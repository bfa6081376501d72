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
}
