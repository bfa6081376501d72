import FazhiCore
import FazhiStore

/// A report in the API's lists: its summary and publication status.
struct APIReport: Encodable {
    var id: Int64
    var name: String
    var title: String?
    var issuer: String?
    var jurisdiction: String?
    var level: String?
    var reportYear: Int?
    var publishedOn: String?
    var script: String
    var status: PublicationStatus
    var findings: Counts

    struct Counts: Encodable {
        var errors: Int
        var warnings: Int
        var notices: Int
    }

    init(_ s: ReportSummary) {
        id = s.id
        name = ReportLabel.fileName(s.name)
        title = s.title
        issuer = s.issuer
        jurisdiction = s.jurisdiction
        level = s.level
        reportYear = s.reportYear
        publishedOn = s.publishedOn
        script = s.script
        status = PublicationStatus(s)
        findings = Counts(errors: s.errors, warnings: s.warnings, notices: s.notices)
    }
}

struct APIReportList: Encodable {
    /// The reports matching the filters, on all pages.
    var total: Int
    var page: Int
    var limit: Int
    var reports: [APIReport]
}

struct APIReportDetail: Encodable {
    var report: APIReport
    var format: String
    var encoding: String
    var ingestedAt: String
    var analyzerVersion: String
    var text: String
    var analysis: Analysis
}

struct APISearchResult: Encodable {
    var query: String
    var hits: [SearchHit]
}

struct APIComparison: Encodable {
    var reports: [APIReport]
    var byYear: Bool
    var table: IndicatorMatrix
}

struct APIAnalysis: Encodable {
    var looksLikeReport: Bool
    var analysis: Analysis
}

struct APISaved: Encodable {
    var id: Int64
    var duplicate: Bool
}

struct APIError: Encodable {
    struct Detail: Encodable {
        var status: Int
        var message: String
    }

    var error: Detail
}
