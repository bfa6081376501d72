import FazhiCore
import Foundation
import Yams

/// Reads a ledger from YAML or JSON (JSON is read by the same YAML parser, so both give line numbers)
/// and validates it against the indicator catalog and the framework areas: every mistake is collected
/// with its line, column and field, and thrown together as a ``LedgerError``.
///
/// ```swift
/// let ledger = try LedgerReader().read(text, name: "ledger.yaml")
/// ```
public struct LedgerReader: Sendable {
    public static let levels = ["province", "city", "district", "township", "department"]
    static let topFields = ["issuer", "jurisdiction", "level", "year", "title", "addressee", "signed",
                            "documentNumber", "measures", "shortcomingsIntro", "shortcomings", "leadership",
                            "plan", "other", "previous"]
    /// The mandated parts as ledger fields, in the regulation's order, with their names.
    static let mandated = [("measures", "主要举措和成效"), ("shortcomings", "存在的不足和原因"),
                           ("leadership", "党政主要负责人履行推进法治建设第一责任人职责情况"),
                           ("plan", "下一年度推进法治政府建设的主要安排")]

    public var catalog: IndicatorCatalog

    public init(catalog: IndicatorCatalog = .shared) {
        self.catalog = catalog
    }

    /// The ledger in `text`; `name` (the file name) is used in messages.
    public func read(_ text: String, name: String) throws(LedgerError) -> Ledger {
        if let issue = LedgerBudget.issue(in: text) { throw LedgerError(file: name, issues: [issue], source: text) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw LedgerError(file: name, issues: [Self.issue(error)], source: text)
        } catch {
            throw LedgerError(file: name, issues: [LedgerIssue(line: 1, column: 1, field: "", message: "\(error)")],
                              source: text)
        }
        let reader = NodeReader()
        guard let root, let ledger = readLedger(root, reader), reader.issues.isEmpty else {
            if root == nil { reader.issue(nil, "", "the ledger is empty") }
            throw LedgerError(file: name, issues: reader.issues.sorted { ($0.line, $0.column) < ($1.line, $1.column) },
                              source: text)
        }
        return ledger
    }

    /// Whether the ledger already has a `previous` block (false when it does not parse).
    public func carriesPrevious(_ text: String) -> Bool {
        guard case let .mapping(mapping)? = try? Yams.compose(yaml: text) else { return false }
        return mapping.keys.contains { $0.scalar?.string == "previous" }
    }

    private func readLedger(_ root: Node, _ r: NodeReader) -> Ledger? {
        guard let f = r.fields(root, "", allowed: Self.topFields) else { return nil }
        for (field, name) in Self.mandated where f[field] == nil {
            r.issue(root, field, "missing mandated part “\(name)” (厅字〔2019〕28号 requires it)")
        }
        let issuer = required(f, "issuer", root, r) { r.string($0, "issuer") }
        let level = required(f, "level", root, r) { r.choice($0, "level", among: Self.levels) }
        let year = required(f, "year", root, r) { r.integer($0, "year", in: 1990...2100) }
        let signed = required(f, "signed", root, r) { signedDate($0, year: year, r) }
        let measures = f["measures"].map { list($0.value, "measures", r) { measure($0, $1, year: year, r) } } ?? []
        let shortcomings = f["shortcomings"].map { list($0.value, "shortcomings", r) { shortcoming($0, $1, r) } } ?? []
        let leadership = f["leadership"].map { list($0.value, "leadership", r) { paragraph($0, $1, r) } } ?? []
        let plan = f["plan"].map { list($0.value, "plan", r) { planItem($0, $1, r) } } ?? []
        let other = f["other"].map { list($0.value, "other", r) { paragraph($0, $1, r) } } ?? []
        let previous = f["previous"].flatMap { previousReport($0.value, year: year, r) }
        guard let issuer, let level, let year, let signed else { return nil }
        return Ledger(
            issuer: issuer, jurisdiction: f["jurisdiction"].flatMap { r.string($0.value, "jurisdiction") },
            level: level, year: year, title: f["title"].flatMap { r.string($0.value, "title") },
            addressee: f["addressee"].flatMap { r.string($0.value, "addressee") }.map(Self.withoutColon),
            signed: signed, documentNumber: f["documentNumber"].flatMap { r.string($0.value, "documentNumber") },
            measures: measures, shortcomingsIntro: f["shortcomingsIntro"].flatMap { r.string($0.value, "shortcomingsIntro") },
            shortcomings: shortcomings, leadership: leadership, plan: plan, other: other, previous: previous)
    }

    private func required<T>(
        _ f: [String: (key: Node, value: Node)], _ field: String, _ root: Node, _ r: NodeReader,
        _ read: (Node) -> T?
    ) -> T? {
        guard let entry = f[field] else {
            r.issue(root, field, "missing (required)")
            return nil
        }
        return read(entry.value)
    }

    /// The items of a list that must not be empty, each read by `item` with its path.
    func list<T>(_ node: Node, _ field: String, _ r: NodeReader, _ item: (Node, String) -> T?) -> [T] {
        guard let nodes = r.sequence(node, field) else { return [] }
        if nodes.isEmpty { r.issue(node, field, "is empty: the part needs at least one item") }
        return nodes.enumerated().compactMap { item($0.element, "\(field)[\($0.offset + 1)]") }
    }

    private func signedDate(_ node: Node, year: Int?, _ r: NodeReader) -> String? {
        guard let text = r.string(node, "signed") else { return nil }
        guard let date = LedgerDate(text) else {
            r.issue(node, "signed", "“\(text)” is not a date (write YYYY-MM-DD, e.g. 2024-02-20)")
            return nil
        }
        if let year, date.year < year || date.year > year + 1 {
            r.issue(node, "signed", "\(text) is not in \(year) or \(year + 1): a \(year) report is signed at the "
                    + "end of \(year) or early in \(year + 1)")
        }
        return text
    }

    static func withoutColon(_ text: String) -> String {
        var text = text
        while let last = text.last, last == ":" || last == ":" { text.removeLast() }
        return text
    }

    /// A libyaml error as an issue at its place. A scanner error is placed where the token it
    /// was scanning starts (an unclosed quote: where the quote opens, not at the end of the file
    /// where libyaml noticed), and says where it was noticed.
    static func issue(_ error: YamlError) -> LedgerIssue {
        switch error {
        case let .scanner(context?, problem, mark, _) where (context.mark.line, context.mark.column) < (mark.line, mark.column):
            let noticed = "\(problem) at line \(mark.line)"
            let chinese = context.text.contains("quoted scalar")
                ? "YAML 语法错误:此处开始的引号没有闭合(直到第 \(mark.line) 行仍未找到与之配对的引号)。"
                : "YAML 语法错误:此处开始的内容没有结束(第 \(mark.line) 行:\(problem))。"
            return LedgerIssue(line: context.mark.line, column: context.mark.column, field: "",
                               message: "not valid YAML: \(context.text) that starts here: \(noticed)", chinese: chinese)
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let where_ = context.map { " (\($0.text))" } ?? ""
            return LedgerIssue(line: mark.line, column: mark.column, field: "", message: "not valid YAML: \(problem)\(where_)",
                               chinese: "YAML 语法错误:\(problem)\(where_)。")
        default:
            return LedgerIssue(line: 1, column: 1, field: "", message: "not valid YAML: \(error)", chinese: "YAML 语法错误。")
        }
    }
}
