import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi list`: the stored reports, by jurisdiction and year, with their findings.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List stored reports (with filters).")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let reports = try store.open().reports(filters.filter)
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Standard.out(String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n")
            return
        }
        Standard.out("\(pad("编号", 6)) \(pad("辖区", 28)) 年度  发布日期    错误 警告 提示  标题\n")
        for r in reports {
            Standard.out("\(pad(String(r.id), 6)) \(pad(r.jurisdiction ?? "—", 28)) \(r.reportYear.map(String.init) ?? "— ")  "
                + "\(pad(r.publishedOn ?? "—", 10))  \(pad(String(r.errors), 4)) \(pad(String(r.warnings), 4)) \(pad(String(r.notices), 4)) \(r.title ?? r.name)\n")
        }
        Standard.err("\(reports.count) report(s)")
    }
}

/// Pads to a display width (a Han character takes two columns).
func pad(_ s: String, _ n: Int) -> String {
    let width = s.unicodeScalars.reduce(0) { $0 + ($1.isHan || $1.value >= 0x3000 ? 2 : 1) }
    return width >= n ? s : s + String(repeating: " ", count: n - width)
}
