import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi export`: the corpus' reports, indicators and findings as CSV, .xlsx or JSON.
struct ExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xlsx, json
    }

    enum Table: String, ExpressibleByArgument, CaseIterable {
        case reports, indicators, findings, all
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export reports, indicators and findings (CSV, Excel .xlsx, JSON).",
        discussion: """
            .xlsx: one sheet per table, Chinese headers, frozen header row, numbers as numbers. \
            CSV: one table (--table), UTF-8 with a byte-order mark for Excel and WPS. \
            JSON: an object of tables, each an array of rows.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .shortAndLong, help: "csv, xlsx or json.")
    var format: Format = .xlsx

    @Option(help: "Which table: reports, indicators, findings or all (CSV takes one).")
    var table: Table = .all

    @Option(name: .shortAndLong, help: "The file to write (CSV and JSON: standard output when omitted).")
    var out: String?

    func validate() throws {
        if format == .csv, table == .all { throw ValidationError("CSV holds one table: give --table reports|indicators|findings") }
        if format == .xlsx, out == nil { throw ValidationError(".xlsx needs --out FILE.xlsx") }
    }

    func run() throws {
        var filter = filters.filter
        if filter.limit == 50 { filter.limit = Int.max / 2 }
        var tables = try ExportTable.corpus(store.open(), filter: filter, labels: format != .json)
        if table != .all { tables = [tables[[Table.reports, .indicators, .findings].firstIndex(of: table) ?? 0]] }
        let data: Data
        switch format {
        case .csv: data = CSVWriter.data(tables[0])
        case .json: data = try JSONExport.data(tables)
        case .xlsx: data = try XLSXExport.data(tables)
        }
        if let out {
            do {
                try data.write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                Standard.err("fazhi: \(out): cannot write the export (\(error.localizedDescription))")
                throw ExitCode(1)
            }
            Standard.err("wrote \(out): " + tables.map { "\($0.rows.count) \($0.name)" }.joined(separator: ", "))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

/// JSON of tables: `{ "reports": [ {key: value…} ], … }`.
enum JSONExport {
    static func data(_ tables: [ExportTable]) throws -> Data {
        var object: [String: [[String: ExportTable.Cell]]] = [:]
        let names = ["报告": "reports", "指标": "indicators", "发现": "findings"]
        for t in tables {
            object[names[t.name] ?? t.name] = t.rows.map { Dictionary(uniqueKeysWithValues: zip(t.keys, $0)) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(object)
    }
}

/// .xlsx of tables (written once the Office writer is in place).
enum XLSXExport {
    static func data(_ tables: [ExportTable]) throws -> Data {
        throw ValidationError(".xlsx export is not available in this build yet; use --format csv or json")
    }
}
