import FazhiCore
import FazhiStore

/// The reports a comparison picks: given ids (`ids=3,5`), or one jurisdiction's reports by year
/// (`jurisdiction=北京市`), at most `limit`; and their indicator table.
struct Comparison {
    static let limit = 12

    var ids: [Int64]
    var jurisdiction: String
    var reports: [StoredReport]
    var matrix: IndicatorMatrix
    var byYear: Bool

    init(_ q: QueryParameters, store: any ReportStore) throws {
        ids = try q.ids("ids")
        jurisdiction = q["jurisdiction"] ?? ""
        guard ids.count <= Self.limit else { throw PortalError.badQuery("ids", "至多 \(Self.limit) 个报告编号") }
        if jurisdiction.count > 64 { throw PortalError.badQuery("jurisdiction", "不超过 64 字的辖区名称") }
        byYear = ids.isEmpty && !jurisdiction.isEmpty
        var picked = ids
        if byYear {
            let filter = ReportFilter(jurisdiction: ScriptNormalizer.shared.simplify(jurisdiction), limit: Self.limit)
            picked = try store.reports(filter).map(\.id)
        }
        var reports: [StoredReport] = []
        for id in picked {
            guard let r = try store.report(id: id) else { throw PortalError.noReport(id) }
            reports.append(r)
        }
        self.reports = reports
        matrix = IndicatorMatrix(reports.flatMap(IndicatorValue.values), byYear: byYear)
    }

    var isEmpty: Bool { ids.isEmpty && jurisdiction.isEmpty }

    var queryPairs: [(String, String)] {
        [("ids", ids.map(String.init).joined(separator: ",")), ("jurisdiction", ids.isEmpty ? jurisdiction : "")]
    }
}
