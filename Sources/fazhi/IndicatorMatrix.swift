import FazhiCore
import FazhiStore
import Foundation

/// Indicators × reports (or × years of one jurisdiction): each cell the figure as stated, its
/// qualifier, and where it stands in which report.
struct IndicatorMatrix: Encodable {
    struct Column: Encodable, Hashable {
        var reportID: Int64
        var label: String
        var year: Int?
    }

    struct Row: Encodable {
        var indicator: String
        var name: String
        var cells: [IndicatorValue?]
        /// Year over year: the change from the previous column, in percent (when both are stated).
        var changes: [Double?]
    }

    var columns: [Column]
    var rows: [Row]

    init(_ values: [IndicatorValue], byYear: Bool) {
        var columns: [Column] = []
        for v in values where !columns.contains(where: { $0.reportID == v.reportID }) {
            let label = byYear ? (v.reportYear.map { "\($0)年度" } ?? "#\(v.reportID)")
                : "#\(v.reportID) \(v.jurisdiction ?? "—") \(v.reportYear.map(String.init) ?? "")"
            columns.append(Column(reportID: v.reportID, label: label, year: v.reportYear))
        }
        if byYear { columns.sort { ($0.year ?? 0, $0.reportID) < ($1.year ?? 0, $1.reportID) } }
        let catalog = IndicatorCatalog.shared
        let order = catalog.indicators.map(\.id)
        let present = Set(values.map(\.indicator))
        rows = order.filter(present.contains).map { id in
            // The first figure of the indicator in each report (a report may state several).
            let cells = columns.map { c in values.first { $0.reportID == c.reportID && $0.indicator == id } }
            var changes: [Double?] = [nil]
            for i in cells.indices.dropFirst() {
                if byYear, let a = cells[i - 1], let b = cells[i], a.value != 0, a.unit == b.unit, a.change == nil, b.change == nil {
                    changes.append((b.value - a.value) / a.value * 100)
                } else {
                    changes.append(nil)
                }
            }
            return Row(indicator: id, name: catalog.indicator(id)?.name ?? id, cells: cells, changes: changes)
        }
        self.columns = columns
    }

    func render() -> String {
        var out = ""
        for row in rows {
            out += "\(row.indicator)  \(row.name)\n"
            for (i, column) in columns.enumerated() {
                let cell = row.cells[i]
                let value = cell.map { Labels.number($0.value) + ($0.unit ?? "") + ($0.approx == "over" ? "(以上)" : $0.approx == "under" ? "(不足)" : $0.approx == "about" ? "(约)" : "") } ?? "—"
                let change = row.changes[i].map { String(format: "  同比 %+.1f%%", $0) } ?? ""
                let place = cell.map { "  [#\($0.reportID) \($0.range.start)–\($0.range.end)]" } ?? ""
                out += "  \(pad(column.label, 34)) \(pad(value, 16))\(change)\(place)\n"
            }
        }
        return out.isEmpty ? "(no catalogued figures in the picked reports)\n" : out
    }
}
