import FazhiCore
import FazhiStore
import Foundation

extension IndicatorMatrix {
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
