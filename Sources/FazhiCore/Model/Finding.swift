/// How much a finding matters to a supervisor.
public enum Severity: String, Sendable, Codable, Hashable, Comparable, CaseIterable {
    case error, warning, notice

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .notice: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Something a supervisor would remark on: a missing part, a missing field, figures that disagree.
///
/// A finding is not an error: a report without a leadership part is a successful analysis that
/// carries a `parts.missing` finding with the rule's legal basis.
public struct Finding: Sendable, Hashable, Codable {
    /// The rule id, e.g. `parts.missing`.
    public var rule: String
    /// What the finding is about: a part kind, a metadata field, an indicator id.
    public var subject: String?
    public var severity: Severity
    /// The message in Chinese.
    public var message: String
    /// The legal basis: document, article, requirement.
    public var basis: String?
    /// The evidence in the original text, where there is one.
    public var range: TextRange?

    public init(
        rule: String, subject: String?, severity: Severity, message: String,
        basis: String?, range: TextRange? = nil
    ) {
        self.rule = rule
        self.subject = subject
        self.severity = severity
        self.message = message
        self.basis = basis
        self.range = range
    }
}
