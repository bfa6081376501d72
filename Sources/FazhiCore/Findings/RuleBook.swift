import Foundation

/// The rules of `Resources/rules.json`: each rule's severity, message and legal basis.
///
/// Checks look their rule up here by id, so a finding always carries the text a supervisor can
/// cite; the rule code decides only *when* a rule fires.
public struct RuleBook: Sendable {
    public struct Basis: Sendable, Codable, Hashable {
        public var document: String
        public var article: String
        public var requirement: String
        /// Whether `requirement` is the document's own wording (else a paraphrase of it).
        public var quoted: Bool?

        /// `document article:“requirement”` in one line; a paraphrase is marked as one.
        public var citation: String {
            quoted == true ? "\(document) \(article):“\(requirement)”" : "\(document) \(article)(要旨):\(requirement)"
        }
    }

    public struct Rule: Sendable, Codable, Hashable {
        public var id: String
        public var severity: Severity
        public var message: String
        public var basis: Basis
    }

    struct File: Codable {
        var version: Int
        var partNames: [String: String]?
        var fieldNames: [String: String]?
        var rules: [Rule]
    }

    public let rules: [Rule]
    public let partNames: [String: String]
    public let fieldNames: [String: String]
    private let byID: [String: Rule]

    /// Every `rules*.json` resource: `rules.json` (parts, metadata, compliance, consistency) and one
    /// file per further family of checks (`rules-framework.json` …).
    public static let shared: RuleBook = {
        let names = DomainResources.names(withPrefix: "rules", suffix: ".json")
        return RuleBook(names.map { DomainResources.load($0, as: File.self) })
    }()

    init(_ files: [File]) {
        rules = files.flatMap(\.rules)
        partNames = files.reduce(into: [:]) { $0.merge($1.partNames ?? [:]) { a, _ in a } }
        fieldNames = files.reduce(into: [:]) { $0.merge($1.fieldNames ?? [:]) { a, _ in a } }
        byID = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func rule(_ id: String) -> Rule? { byID[id] }

    /// A finding of rule `id`, its message filled with `values` (`{part}` → …).
    public func finding(
        _ id: String, subject: String?, range: TextRange? = nil, values: [String: String] = [:],
        severity: Severity? = nil
    ) -> Finding {
        guard let rule = byID[id] else {
            return Finding(rule: id, subject: subject, severity: severity ?? .warning, message: id, basis: nil, range: range)
        }
        var message = rule.message
        for (key, value) in values { message = message.replacingLiteral("{\(key)}", with: value) }
        return Finding(rule: id, subject: subject, severity: severity ?? rule.severity, message: message,
                       basis: rule.basis.citation, range: range)
    }
}
