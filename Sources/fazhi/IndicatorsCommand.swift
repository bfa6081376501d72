import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi indicators`: the indicator catalog with its cues and units.
struct IndicatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators",
        abstract: "List the indicator catalog: ids, names, units and cue words (both scripts).")

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    func run() throws {
        let catalog = IndicatorCatalog.shared
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Standard.out(String(decoding: try encoder.encode(catalog.indicators), as: UTF8.self) + "\n")
        case .markdown:
            var lines = ["| id | 名称 | 单位 | 领域 | 提示词 |", "|---|---|---|---|---|"]
            for i in catalog.indicators {
                lines.append("| `\(i.id)` | \(i.name) | \(i.units.joined(separator: "/")) | \(i.area) | \(i.strongCues.joined(separator: "、")) |")
            }
            Standard.out(lines.joined(separator: "\n") + "\n")
        case .text:
            Standard.out("指标目录 v\(catalog.version): \(catalog.indicators.count) 项\n\n")
            for i in catalog.indicators {
                let family = i.family.flatMap { catalog.families[$0]?.name }.map { "  话题: \($0)" } ?? ""
                Standard.out("\(i.id)\n  \(i.name) / \(i.nameTraditional ?? i.name)  单位: \(i.units.joined(separator: "/"))  领域: \(i.area)\(family)\n")
                Standard.out("  提示词: \(i.strongCues.joined(separator: "、"))\n")
                if let trad = i.strongCuesTraditional { Standard.out("  繁体:   \(trad.joined(separator: "、"))\n") }
                if let weak = i.weakCues { Standard.out("  弱提示: \(weak.joined(separator: "、"))\n") }
                Standard.out("\n")
            }
        }
    }
}
