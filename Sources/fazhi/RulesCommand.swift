import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi rules`: the checks, with their severity, message and legal basis.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules Fazhi checks reports against, with their legal basis.")

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    func run() throws {
        let rules = RuleBook.shared.rules
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Standard.out(String(decoding: try encoder.encode(rules), as: UTF8.self) + "\n")
        case .markdown:
            var lines = ["| 规则 | 级别 | 说明 | 依据 |", "|---|---|---|---|"]
            for r in rules {
                lines.append("| `\(r.id)` | \(Labels.severity(r.severity)) | \(r.message) | \(r.basis.citation) |")
            }
            Standard.out(lines.joined(separator: "\n") + "\n")
        case .text:
            Standard.out("规则 \(rules.count) 条\n\n")
            for r in rules {
                Standard.out("\(r.id)  [\(Labels.severity(r.severity))]\n  \(r.message)\n  依据: \(r.basis.citation)\n\n")
            }
        }
    }
}
