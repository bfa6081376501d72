import Foundation
import Testing
@testable import FazhiCore
@testable import FazhiStore

/// Exports keep numbers as numbers, Chinese readable in Excel, and formulas out of cells.
struct ExportTests {
    @Test func csvQuotesEscapesAndDisarmsFormulas() {
        let table = ExportTable(name: "t", keys: ["a", "b", "c"], headers: ["甲", "乙", "丙"],
                                rows: [[.text("含,逗号\"引号\""), .number(21.08), .text("=HYPERLINK(\"x\")")],
                                       [.integer(154_950_000), .empty, .text("多行\n文本")]])
        let csv = String(decoding: CSVWriter.data(table), as: UTF8.self)
        #expect(csv.hasPrefix("\u{FEFF}甲,乙,丙\r\n"))
        #expect(csv.contains("\"含,逗号\"\"引号\"\"\",21.08,\"'=HYPERLINK(\"\"x\"\")\"\r\n"))
        #expect(csv.contains("154950000,,\"多行\n文本\"\r\n"))
    }

    @Test func corpusTablesCarryTypedCells() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let (name, data) = try TemporaryStore.sample("002")
        _ = try t.store.save(try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil))
        let tables = try ExportTable.corpus(t.store, filter: ReportFilter(limit: 1000))
        #expect(tables.map(\.name) == ["报告", "指标", "发现"])
        let indicators = tables[1]
        let valueColumn = try #require(indicators.keys.firstIndex(of: "value"))
        let rate = try #require(indicators.rows.first { $0.contains(.text("reconsideration.correction_rate")) })
        #expect(rate[valueColumn] == .number(21.08))
        let codes = try ExportTable.corpus(t.store, filter: ReportFilter(limit: 1000), labels: false)
        #expect(codes[2].rows.contains { $0.contains(.text("error")) })
        #expect(tables[2].rows.contains { $0.contains(.text("错误")) })
    }
}
