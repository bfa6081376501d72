import FazhiOffice
import Foundation

/// Export tables as an Excel workbook: one sheet per table, named after it (报告, 指标, 发现), with its
/// Chinese headers as the bold, frozen, filtered first row and its cells typed, so numbers stay numbers.
public enum XLSXExport {
    public static let title = "法治政府建设年度报告分析"

    /// The workbook of `tables`, dated `created` (its document properties and zip entries).
    public static func workbook(_ tables: [ExportTable], created: Date = creationDate()) -> Workbook {
        Workbook(title: title, creator: "Fazhi", created: created, sheets: tables.map { table in
            Worksheet(name: table.name, columns: table.headers.map { Worksheet.Column($0) },
                      rows: table.rows.map { $0.map(cell) })
        })
    }

    /// A cell as the spreadsheet holds it. A whole-number value (469 件, 154950000 元) is an integer cell,
    /// shown without decimals; other values (21.08 %) keep the two-decimal format.
    public static func cell(_ cell: ExportTable.Cell) -> FazhiOffice.Cell {
        switch cell {
        case .text(let text): .text(text)
        case .integer(let value): .integer(value)
        case .number(let value) where value == value.rounded() && abs(value) < 1e15: .integer(Int(value))
        case .number(let value): .number(value)
        case .empty: .empty
        }
    }

    /// Now, or `SOURCE_DATE_EPOCH` (seconds since 1970) when set, so that the same corpus exported twice
    /// gives the same bytes.
    public static func creationDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init).map(Date.init(timeIntervalSince1970:)) ?? Date()
    }
}
