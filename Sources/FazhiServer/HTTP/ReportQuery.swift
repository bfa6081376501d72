import FazhiCore
import FazhiStore

/// The list, search and compare filters of a request: year, level, jurisdiction (any script),
/// compliance (reports with a finding of this severity or worse), publication status, paging.
struct ReportQuery: Sendable {
    var filter: ReportFilter
    var page: Int
    /// The filters as given, to fill the form again.
    var year: String = ""
    var level: String = ""
    var jurisdiction: String = ""
    var compliance: String = ""
    var status: String = ""

    static let pageSize = 50

    init(_ q: QueryParameters, pageSize: Int = ReportQuery.pageSize) throws(PortalError) {
        let year = try q.int("year", in: 1949...2100)
        let level: GovernmentLevel?
        if let text = q["level"] {
            guard let l = GovernmentLevel(rawValue: text) else {
                throw .badQuery("level", "province、city、district、township 或 department 之一")
            }
            level = l
        } else {
            level = nil
        }
        let compliance: Severity?
        if let text = q["compliance"] {
            guard let s = Severity(rawValue: text) else { throw .badQuery("compliance", "error、warning 或 notice 之一") }
            compliance = s
        } else {
            compliance = nil
        }
        var rule: String?
        if let text = q["status"] {
            guard let status = PublicationStatus(rawValue: text), let r = status.rule else {
                throw .badQuery("status", "late 或 unknown")
            }
            rule = r
        }
        if let text = q["rule"] {
            guard text.count <= 64, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "." || $0 == "_") }) else {
                throw .badQuery("rule", "规则编号(如 publication.late)")
            }
            rule = text
        }
        var kind: DocumentKind?
        if let text = q["type"] {
            guard let k = DocumentKind(rawValue: text) else {
                throw .badQuery("type", DocumentKind.allCases.map(\.rawValue).joined(separator: "、") + " 之一")
            }
            kind = k
        }
        let limit = try q.int("limit", in: 1...200) ?? pageSize
        page = try q.int("page", in: 1...100_000) ?? 1
        let jurisdiction = q["jurisdiction"]
        if let j = jurisdiction, j.count > 64 { throw .badQuery("jurisdiction", "不超过 64 字的辖区名称") }
        filter = ReportFilter(year: year, level: level, jurisdiction: jurisdiction.map { ScriptNormalizer.shared.simplify($0) },
                              hasFinding: compliance, rule: rule, kind: kind, limit: limit, offset: (page - 1) * limit)
        self.year = year.map(String.init) ?? ""
        self.level = level?.rawValue ?? ""
        self.jurisdiction = jurisdiction ?? ""
        self.compliance = compliance?.rawValue ?? ""
        self.status = q["status"] ?? ""
    }
}
