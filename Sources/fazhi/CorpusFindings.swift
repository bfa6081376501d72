import FazhiCore
import FazhiStore
import Foundation

/// What a supervisor asks of a whole corpus: who is late, who lacks parts, whose figures
/// contradict each other, whose shortcomings are copied.
struct CorpusFindings: Encodable {
    struct RuleCount: Encodable {
        var rule: String
        var severity: String
        var reports: Int
    }

    var reports: Int
    var counts: [RuleCount]
    var late: [FindingRow]
    var missingParts: [FindingRow]
    var inconsistent: [FindingRow]
    var copied: [CopiedPart]

    static func make(_ db: any ReportStore, filter: ReportFilter) throws -> CorpusFindings {
        let all = try db.findings(filter)
        var counts: [String: (String, Set<Int64>)] = [:]
        for f in all { counts[f.rule, default: (f.severity, [])].1.insert(f.reportID) }
        return CorpusFindings(
            reports: try db.reports(filter).count,
            counts: counts.map { RuleCount(rule: $0.key, severity: $0.value.0, reports: $0.value.1.count) }
                .sorted { ($0.reports, $1.rule) > ($1.reports, $0.rule) },
            late: all.filter { $0.rule == "publication.late" || $0.rule == "reporting.late" },
            missingParts: all.filter { $0.rule == "parts.missing" },
            inconsistent: all.filter { $0.rule.hasPrefix("consistency.") && $0.rule != "consistency.duplicate" },
            copied: try db.copiedShortcomings(filter))
    }

    func render() -> String {
        var out = "报告 \(reports) 份\n\n发现(涉及报告数)\n"
        for c in counts { out += "  \(pad(c.rule, 34)) \(pad(c.severity, 8)) \(c.reports)\n" }
        func list(_ title: String, _ rows: [FindingRow]) {
            guard !rows.isEmpty else { return }
            out += "\n\(title)\n"
            for r in rows { out += "  #\(r.reportID) \(pad(r.jurisdiction ?? "—", 24)) \(r.reportYear.map(String.init) ?? "—")  \(r.message)\n" }
        }
        list("逾期公开或报送", late)
        list("缺少规定内容", missingParts)
        list("数据矛盾", inconsistent)
        if !copied.isEmpty {
            out += "\n“存在的不足”雷同\n"
            for c in copied {
                out += String(format: "  #%lld %@ %@ ~ #%lld %@ %@  重合 %.0f%%\n", c.a.id, c.a.jurisdiction ?? "—",
                              c.a.reportYear.map(String.init) ?? "—", c.b.id, c.b.jurisdiction ?? "—",
                              c.b.reportYear.map(String.init) ?? "—", c.containment * 100)
            }
        }
        return out
    }
}
