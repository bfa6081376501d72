import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi show ID`: a stored report's analysis, as `fazhi analyze` prints it.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a stored report's analysis.")

    @Argument(help: "The report's id (see fazhi list).")
    var id: Int64

    @OptionGroup var store: StoreOptions

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    func run() throws {
        guard let report = try store.open().report(id: id) else {
            Standard.err("fazhi: \(store.path): no report with id \(id)")
            throw ExitCode(1)
        }
        switch format {
        case .json: Standard.out(String(decoding: report.analysis.json(), as: UTF8.self) + "\n")
        case .text: Standard.out(TextReport(report.analysis, original: report.text).render())
        case .markdown: Standard.out(MarkdownReport(report.analysis).render())
        }
    }
}
