import FazhiCore
import FazhiStore
import Foundation
import HTTPTypes
import Hummingbird

/// The JSON API (described by Resources/openapi.json): reads are GET; writes (POST a report, PUT its
/// analysis again, DELETE it) need the token as `Authorization: Bearer …`. `POST /api/analyze` only
/// analyzes and stores nothing.
struct APIRoutes {
    var portal: Portal

    func add(to router: Router<BasicRequestContext>) {
        let portal = self.portal
        let api = router.group("api")
        api.get("reports") { request, _ in
            try await portal.cached(request) {
                let query = try ReportQuery(QueryParameters(request.uri.query))
                let reports = try portal.store.reports(query.filter).map(APIReport.init)
                return try Payload.json(APIReportList(total: try portal.store.count(query.filter), page: query.page, limit: query.filter.limit, reports: reports))
            }
        }
        api.get("reports/:id") { request, context in
            let id = try Portal.id(context)
            return try await portal.cached(request) {
                let r = try portal.report(id)
                return try Payload.json(APIReportDetail(report: APIReport(r.summary), format: r.format, encoding: r.encoding, ingestedAt: r.ingestedAt,
                                                        analyzerVersion: r.analyzerVersion, text: r.text, analysis: r.analysis))
            }
        }
        api.get("search") { request, _ in
            try await portal.cached(request) {
                let q = QueryParameters(request.uri.query)
                let query = try ReportQuery(q, pageSize: 20)
                guard let text = q["q"], text.count <= 100 else { throw PortalError.badQuery("q", "1 至 100 字的检索词") }
                return Payload.json(bytes: APISearchResult(query: text, hits: try portal.store.search(SearchRequest(query: text, filter: query.filter))).json())
            }
        }
        api.get("compare") { request, _ in
            try await portal.cached(request) {
                let c = try Comparison(QueryParameters(request.uri.query), store: portal.store)
                guard !c.isEmpty else { throw PortalError(.badRequest, "请给出 ids(报告编号)或 jurisdiction(辖区)。") }
                return try Payload.json(APIComparison(reports: c.reports.map { APIReport($0.summary) }, byYear: c.byYear, table: c.matrix))
            }
        }
        api.post("analyze") { request, _ in
            let report = try await UploadAnalysis.analyze(try await portal.body(request), name: Self.name(request), portal: portal)
            return try Reply.json(APIAnalysis(looksLikeReport: report.looksLikeReport, analysis: report.analysis))
        }
        api.post("reports") { request, _ in
            try portal.authorize(portal.bearer(request))
            let report = try await UploadAnalysis.analyze(try await portal.body(request), name: Self.name(request), portal: portal)
            try UploadAnalysis.requireReport(report)
            let outcome = try portal.store.save(report)
            portal.cache.clear()
            switch outcome {
            case .stored(let id): return try Reply.json(APISaved(id: id, duplicate: false), status: .created)
            case .duplicate(let id): return try Reply.json(APISaved(id: id, duplicate: true))
            }
        }
        api.put("reports/:id/analysis") { request, context in
            let id = try Portal.id(context)
            try portal.authorize(portal.bearer(request))
            try await Self.reanalyze(id, portal)
            return try Reply.json(APISaved(id: id, duplicate: false))
        }
        api.delete("reports/:id") { request, context in
            let id = try Portal.id(context)
            try portal.authorize(portal.bearer(request))
            guard try portal.store.delete(id: id) else { throw PortalError.noReport(id) }
            portal.cache.clear()
            return Response(status: .noContent)
        }
    }

    /// The upload's file name: `?name=` or the `X-Filename` header (percent-encoded), for its
    /// extension and messages only.
    static func name(_ request: Request) -> String {
        let raw = QueryParameters(request.uri.query)["name"] ?? request.headers[.xFilename]
        return UploadAnalysis.fileName(raw)
    }

    /// Analyzes a stored report's original bytes again and replaces its analysis.
    static func reanalyze(_ id: Int64, _ portal: Portal) async throws {
        guard let original = try portal.store.originals(after: id - 1, limit: 1).first, original.id == id else {
            throw PortalError.noReport(id)
        }
        let report = try await UploadAnalysis.analyze(original.bytes, name: original.name, portal: portal)
        try portal.store.replaceAnalysis(report, id: id)
        portal.cache.clear()
    }
}

extension HTTPField.Name {
    static let xFilename = HTTPField.Name("X-Filename")!
}
