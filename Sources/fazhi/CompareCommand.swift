import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi compare`: indicators across reports, years of one jurisdiction, findings across the corpus.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare stored reports: an indicator × report table, year over year, corpus-wide findings.",
        discussion: """
            By default: for each indicator, its value in each report picked by the filters, with its \
            qualifier and where it stands ([#id start–end]). --years: one jurisdiction's reports by year \
            with the change from the year before. --findings: late, missing parts, inconsistent figures \
            and copied shortcomings across the picked reports.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(help: "Only these indicators (comma-separated ids, see fazhi indicators).")
    var indicators: String?

    @Flag(help: "Year over year for one jurisdiction (give --jurisdiction).")
    var years = false

    @Flag(help: "Findings across the picked reports, with copied shortcomings.")
    var findings = false

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        if years, filters.jurisdiction == nil { throw ValidationError("--years needs --jurisdiction") }
    }

    func run() throws {
        let db = try store.open()
        var filter = filters.filter
        if filter.limit == 50 { filter.limit = 1000 }
        if findings {
            let overview = try CorpusFindings.make(db, filter: filter)
            if format == .json { return try printJSON(overview) }
            Standard.out(overview.render())
            return
        }
        let ids = indicators?.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = try db.indicatorValues(filter, indicators: ids)
        let matrix = IndicatorMatrix(values, byYear: years)
        if format == .json { return try printJSON(matrix) }
        Standard.out(matrix.render())
    }

    private func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        Standard.out(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
}
