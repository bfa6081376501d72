import FazhiCore
import Foundation

/// Indicators × reports (or × years of one jurisdiction): each cell the figure as stated, its
/// qualifier, and where it stands in which report.
public struct IndicatorMatrix: Sendable, Encodable {
    public struct Column: Sendable, Encodable, Hashable {
        public var reportID: Int64
        public var label: String
        public var year: Int?
    }

    public struct Row: Sendable, Encodable {
        public var indicator: String
        public var name: String
        public var cells: [IndicatorValue?]
        /// Year over year: the change from the previous column, in percent (when both are stated).
        public var changes: [Double?]
    }

    public var columns: [Column]
    public var rows: [Row]

    public init(_ values: [IndicatorValue], byYear: Bool) {
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
}
