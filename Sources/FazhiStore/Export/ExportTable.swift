import FazhiCore
import Foundation

/// A table to export: a name (the sheet's), Chinese column headers, and typed cells, so numbers
/// stay numbers in a spreadsheet.
public struct ExportTable: Sendable {
    public enum Cell: Sendable, Hashable, Encodable {
        case text(String)
        case number(Double)
        case integer(Int)
        case empty

        public func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .text(let s): try c.encode(s)
            case .number(let v): try c.encode(v)
            case .integer(let v): try c.encode(v)
            case .empty: try c.encodeNil()
            }
        }
    }

    public var name: String
    /// Stable machine names of the columns (for JSON), and their Chinese headers.
    public var keys: [String]
    public var headers: [String]
    public var rows: [[Cell]]

    /// The three tables of a corpus export: reports, indicators, findings. With `labels`, coded
    /// values (level, script, severity, qualifier) are written as Chinese words for people;
    /// without, as their codes for programs.
    public static func corpus(_ store: any ReportStore, filter: ReportFilter, labels: Bool = true) throws -> [ExportTable] {
        [try reports(store.reports(filter), labels), try indicators(store.indicatorValues(filter), labels),
         try findings(store.findings(filter), labels)]
    }

    /// The same three tables for reports already read (a few picked reports, through any store).
    public static func tables(_ reports: [StoredReport], labels: Bool = true) -> [ExportTable] {
        [Self.reports(reports.map(\.summary), labels), indicators(reports.flatMap(IndicatorValue.values), labels),
         findings(reports.flatMap(FindingRow.rows), labels)]
    }

    /// A coded value as a person or a program reads it.
    static func code<T>(_ raw: String?, _ labels: Bool, _ make: (String) -> T?, _ word: (T) -> String) -> Cell {
        guard let raw else { return .empty }
        return .text(labels ? make(raw).map(word) ?? raw : raw)
    }

    static func text(_ s: String?) -> Cell { s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
    static func int(_ v: Int?) -> Cell { v.map(Cell.integer) ?? .empty }
    static func int64(_ v: Int64) -> Cell { .integer(Int(v)) }

    static func reports(_ rows: [ReportSummary], _ labels: Bool) -> ExportTable {
        ExportTable(
            name: "报告", keys: ["id", "jurisdiction", "level", "reportYear", "title", "issuer", "publishedOn", "script",
                                "errors", "warnings", "notices", "file"],
            headers: ["编号", "辖区", "层级", "报告年度", "标题", "报告单位", "发布日期", "文字", "错误", "警告", "提示", "文件"],
            rows: rows.map { r in
                [int64(r.id), text(r.jurisdiction), code(r.level, labels, GovernmentLevel.init, Labels.level),
                 int(r.reportYear), text(r.title), text(r.issuer), text(r.publishedOn),
                 code(r.script, labels, Script.init, Labels.script), .integer(r.errors), .integer(r.warnings),
                 .integer(r.notices), text(r.name)]
            })
    }

    static func indicators(_ rows: [IndicatorValue], _ labels: Bool) -> ExportTable {
        let catalog = IndicatorCatalog.shared
        return ExportTable(
            name: "指标", keys: ["reportId", "jurisdiction", "reportYear", "indicator", "name", "value", "unit", "approx",
                                "change", "text", "start", "end"],
            headers: ["报告编号", "辖区", "报告年度", "指标", "指标名称", "数值", "单位", "限定", "增减(%)", "原文", "起", "止"],
            rows: rows.map { v in
                [int64(v.reportID), text(v.jurisdiction), int(v.reportYear), .text(v.indicator),
                 text(catalog.indicator(v.indicator)?.name), .number(v.value), text(v.unit),
                 code(v.approx, labels, Approx.init, Labels.approx), v.change.map(Cell.number) ?? .empty,
                 .text(v.text), .integer(v.range.start), .integer(v.range.end)]
            })
    }

    static func findings(_ rows: [FindingRow], _ labels: Bool) -> ExportTable {
        ExportTable(
            name: "发现", keys: ["reportId", "jurisdiction", "reportYear", "rule", "subject", "severity", "message", "start", "end"],
            headers: ["报告编号", "辖区", "报告年度", "规则", "对象", "级别", "说明", "起", "止"],
            rows: rows.map { f in
                [int64(f.reportID), text(f.jurisdiction), int(f.reportYear), .text(f.rule), text(f.subject),
                 code(f.severity, labels, Severity.init, Labels.severity), .text(f.message),
                 int(f.range?.start), int(f.range?.end)]
            })
    }
}
