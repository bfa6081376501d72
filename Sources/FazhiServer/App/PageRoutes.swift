import FazhiCore
import FazhiOffice
import FazhiStore
import Foundation
import HTTPTypes
import Hummingbird

/// The pages: 年度报告专栏, 报告详情, 检索, 对比 (and its .xlsx), 上传分析, and the static files.
struct PageRoutes {
    var portal: Portal

    func add(to router: Router<BasicRequestContext>) {
        let portal = self.portal
        router.get("/") { request, _ in
            try await portal.cached(request) {
                let query = try ReportQuery(QueryParameters(request.uri.query))
                let view = ListView(query: query, reports: try portal.store.reports(query.filter), total: try portal.store.count(query.filter))
                return Payload.page("年度报告专栏", .reports, view.render())
            }
        }
        router.get("/reports/:id") { request, context in
            let id = try Portal.id(context)
            return try await portal.cached(request) { try Self.reportPage(request, id, portal) }
        }
        router.get("/search") { request, _ in
            try await portal.cached(request) { try Self.searchPage(request, portal) }
        }
        router.get("/compare") { request, _ in
            try await portal.cached(request) {
                let comparison = try Comparison(QueryParameters(request.uri.query), store: portal.store)
                return Payload.page("指标对比", .compare, CompareView(comparison: comparison).render())
            }
        }
        router.get("/compare.xlsx") { request, _ in try Self.workbook(request, portal) }
        router.get("/upload") { _, _ in
            Reply.page("上传分析", .upload, UploadView(maxUpload: portal.maxUpload).render())
        }
        router.post("/upload") { request, _ in try await Self.upload(request, portal) }
        router.post("/reports/:id/delete") { request, context in
            let id = try Portal.id(context)
            try portal.authorize(try await Self.form(request, portal)["token"])
            guard try portal.store.delete(id: id) else { throw PortalError.noReport(id) }
            portal.cache.clear()
            return Reply.redirect("/")
        }
        router.post("/reports/:id/reanalyze") { request, context in
            let id = try Portal.id(context)
            try portal.authorize(try await Self.form(request, portal)["token"])
            try await APIRoutes.reanalyze(id, portal)
            return Reply.redirect("/reports/\(id)?reanalyzed=1")
        }
        router.get("/static/portal.css") { _, _ in Self.asset(Assets.css, "text/css; charset=utf-8") }
        router.get("/static/portal.js") { _, _ in Self.asset(Assets.js, "text/javascript; charset=utf-8") }
        router.get("/openapi.json") { _, _ in Reply.bytes(Data(Assets.openAPI.utf8), type: "application/json; charset=utf-8") }
    }

    /// 报告详情, with a notice after a save or re-analysis.
    static func reportPage(_ request: Request, _ id: Int64, _ portal: Portal) throws -> Payload {
        let report = try portal.report(id, detail: .reading)
        let q = QueryParameters(request.uri.query)
        var notice = ""
        if q["saved"] == "1" { notice = "<p class=\"notice ok\">已保存。</p>" }
        if q["saved"] == "duplicate" { notice = "<p class=\"notice\">内容相同的报告已在库中,未重复保存;以下为已存报告。</p>" }
        if q["reanalyzed"] == "1" { notice = "<p class=\"notice ok\">已重新分析。</p>" }
        let view = ReportView(report)
        return Payload.page(view.title, .reports, notice + view.render() + manage(report.summary.id))
    }

    /// 检索: the form, and the hits when there is a query.
    static func searchPage(_ request: Request, _ portal: Portal) throws -> Payload {
        let q = QueryParameters(request.uri.query)
        let query = try ReportQuery(q, pageSize: 30)
        let text = q["q"] ?? ""
        if text.count > 100 { throw PortalError.badQuery("q", "不超过 100 字的检索词") }
        let hits = text.isEmpty ? nil : try portal.store.search(SearchRequest(query: text, filter: query.filter))
        return Payload.page(text.isEmpty ? "检索" : "检索:\(text)", .search, SearchView(text: text, query: query, hits: hits).render())
    }

    static func asset(_ text: String, _ type: String) -> Response {
        Reply.bytes(Data(text.utf8), type: type, headers: [.cacheControl: "public, max-age=3600"])
    }

    /// The comparison's reports, indicators and findings as a workbook (the export's own tables).
    static func workbook(_ request: Request, _ portal: Portal) throws -> Response {
        let comparison = try Comparison(QueryParameters(request.uri.query), store: portal.store)
        guard !comparison.reports.isEmpty else { throw PortalError(.badRequest, "请先选择要对比的报告(ids 或 jurisdiction)。") }
        let data = try XLSXExport.workbook(ExportTable.tables(comparison.reports)).data()
        return Reply.bytes(data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                           headers: [.contentDisposition: "attachment; filename=\"fazhi-compare.xlsx\""])
    }

    /// A URL-encoded form body (the delete and re-analyze buttons).
    static func form(_ request: Request, _ portal: Portal) async throws -> QueryParameters {
        QueryParameters(form: String(decoding: try await portal.body(request), as: UTF8.self))
    }

    /// 上传分析: the form's file (or pasted text) analyzed and shown; with 分析并保存 and the token, stored.
    static func upload(_ request: Request, _ portal: Portal) async throws -> Response {
        let body = try await portal.body(request)
        let form = try Multipart(body: body, contentType: request.headers[.contentType] ?? "")
        let save = form.text("action") == "save"
        if save { try portal.authorize(form.text("token")?.trimmingCharacters(in: .whitespacesAndNewlines)) }
        var bytes = Data()
        var name = "粘贴的文本.txt"
        if let file = form.part("file"), !file.data.isEmpty {
            bytes = file.data
            name = UploadAnalysis.fileName(file.filename)
        } else if let text = form.text("text"), !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            bytes = Data(text.utf8)
        }
        guard !bytes.isEmpty else { throw PortalError.emptyUpload }
        let report = try await UploadAnalysis.analyze(bytes, name: name, portal: portal)
        if save {
            try UploadAnalysis.requireReport(report)
            let outcome = try portal.store.save(report)
            portal.cache.clear()
            switch outcome {
            case .stored(let id): return Reply.redirect("/reports/\(id)?saved=1")
            case .duplicate(let id): return Reply.redirect("/reports/\(id)?saved=duplicate")
            }
        }
        let result = ReportView(upload: report.document, analysis: report.analysis).render()
        let note = report.looksLikeReport ? "分析完成(未保存)。如需存入报告库,请填写令牌并点击“分析并保存”。"
            : "该内容不像法治政府建设年度报告(没有报告标题,也没有可识别的组成部分)。"
        return Reply.page("上传分析", .upload, UploadView(maxUpload: portal.maxUpload, message: note, result: result).render())
    }

    /// The administrator's buttons under a report (each needs the token).
    static func manage(_ id: Int64) -> String {
        """
        <details class="notice small"><summary>管理(需写入令牌)</summary>
        <form method="post" action="/reports/\(id)/reanalyze"><label>令牌 <input type="password" name="token" autocomplete="off"></label> <button class="secondary" type="submit">重新分析</button></form>
        <form method="post" action="/reports/\(id)/delete" data-confirm="确定从报告库删除此报告?"><label>令牌 <input type="password" name="token" autocomplete="off"></label> <button type="submit">删除</button></form>
        </details>
        """
    }
}
