import FazhiDraft
import Foundation
import HTTPTypes
import Hummingbird

/// 起草: a ledger in, a preview with the self-check out, or the .docx when the check passes.
struct DraftRoutes {
    var portal: Portal

    func add(to router: Router<BasicRequestContext>) {
        let portal = self.portal
        router.get("/draft") { _, _ in Reply.page("起草", .draft, DraftView().render()) }
        router.post("/draft") { request, _ in try await Self.draft(request, portal) }
    }

    static func draft(_ request: Request, _ portal: Portal) async throws -> Response {
        let body = try await portal.body(request)
        let form = try Multipart(body: body, contentType: request.headers[.contentType] ?? "")
        var ledger = form.text("ledger") ?? ""
        var name = "ledger.yaml"
        if let file = form.part("file"), !file.data.isEmpty {
            guard let text = String(data: file.data, encoding: .utf8) else {
                throw PortalError(.unsupportedMediaType, "台账文件应为 UTF-8 编码的 YAML 或 JSON 文本。")
            }
            ledger = text
            name = UploadAnalysis.fileName(file.filename, fallback: "ledger.yaml")
        }
        guard ledger.utf8.count <= LedgerBudget.maxBytes else {
            throw PortalError(.contentTooLarge, "台账过大(\(ledger.utf8.count) 字节),上限为 \(LedgerBudget.megabytes(LedgerBudget.maxBytes))。")
        }
        guard !ledger.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PortalError(.unprocessableContent, "请粘贴台账或选择台账文件。")
        }
        let wantsFile = form.text("action") == "docx"
        let force = form.text("force") == "1"
        let draft: Drafter.Draft
        do {
            draft = try Drafter().draft(ledgerText: ledger, name: name, format: .docx)
        } catch let error as LedgerError {
            let page = DraftView(ledger: ledger, mistakes: error).render()
            return Payload.page("起草:台账有误", .draft, page).response(status: .unprocessableContent)
        }
        if wantsFile, draft.blocking.isEmpty || force {
            return Reply.bytes(draft.bytes, type: Drafter.Format.docx.contentType,
                               headers: [.contentDisposition: "attachment; filename=\"draft.docx\""])
        }
        let message = wantsFile ? "自查未通过,未生成文件;改正台账后再下载,或勾选“仍生成”。" : nil
        return Reply.page("起草:预览", .draft, DraftView(ledger: ledger, draft: draft, message: message).render())
    }
}
