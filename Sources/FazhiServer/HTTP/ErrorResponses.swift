import FazhiStore
import Foundation
import HTTPTypes
import Hummingbird

/// Turns every error into a response with its status and a Chinese message: JSON under `/api/`,
/// an HTML page elsewhere. Errors the portal did not choose are logged and shown only as a status.
struct ErrorResponses<Context: RequestContext>: RouterMiddleware {
    var maxUpload: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let refusal: PortalError
            switch error {
            case let e as PortalError: refusal = e
            // HTTPError (no route, wrong method) and the body's size limit (413).
            case let e as any HTTPResponseError: refusal = .generic(e.status, maxUpload: maxUpload)
            // The database busy, read-only, damaged or full: logged with its path, shown in words.
            case let e as StoreError:
                context.logger.error("database failed", metadata: ["path": "\(request.uri.path)", "error": "\(e)"])
                refusal = .database(e.cause, maxUpload: maxUpload)
            default:
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
                refusal = .generic(.internalServerError, maxUpload: maxUpload)
            }
            return refusal.response(api: request.uri.path.hasPrefix("/api/"))
        }
    }
}

extension PortalError {
    /// The refusal as a JSON body (API) or an HTML page.
    func response(api: Bool) -> Response {
        var response = body(api: api)
        if let retryAfter { response.headers[.retryAfter] = "\(retryAfter)" }
        return response
    }

    private func body(api: Bool) -> Response {
        let refusal = self
        if api {
            let body = APIError(error: APIError.Detail(status: refusal.status.code, message: refusal.message))
            let data = (try? JSONEncoder().encode(body)) ?? Data()
            return Response(status: refusal.status, headers: [.contentType: "application/json; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        let html = Layout.page(title: "出错了", active: nil, main: """
            <section class="notice error"><h1>\(refusal.status.code) · \(HTML.escape(refusal.status.reasonPhrase))</h1>
            <p>\(HTML.escape(refusal.message))</p><p><a href="/">返回年度报告专栏</a></p></section>
            """)
        return Response(status: refusal.status, headers: [.contentType: "text/html; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
