import FazhiStore
import FazhiWorker
import Foundation
import HTTPTypes
import Hummingbird

/// The portal: pages and JSON API over any ``ReportStore``, writes guarded by a token.
///
/// ```swift
/// let portal = Portal(store: try SQLiteStore(path: "fazhi.sqlite"), token: "secret")
/// try await portal.application(host: "127.0.0.1", port: 8080).runService()
/// ```
public struct Portal: Sendable {
    public var store: any ReportStore
    public var token: WriteToken
    /// The largest upload accepted, in bytes (413 above it).
    public var maxUpload: Int
    /// Rendered pages and API reads, emptied by every write.
    let cache: ResponseCache
    /// Where store reads and rendering run, first come, first served.
    let lane: WorkLane = .shared
    /// What `/readyz` answers: the store answers, the node is not shutting down.
    public let readiness = Readiness()
    /// Where uploads are analyzed: worker processes under a budget (`fazhi serve`), or this process.
    public var analyst: Analyst
    /// Analyses at once; beyond, 503 with Retry-After.
    let slots: AnalysisSlots

    public static let defaultMaxUpload = 5_000_000
    public static let defaultCacheBytes = 64_000_000

    /// `cacheBytes` 0 renders every request afresh; `analyses`: analyses at once (default: one
    /// per processor).
    public init(store: any ReportStore, token: String, maxUpload: Int = Portal.defaultMaxUpload, cacheBytes: Int = Portal.defaultCacheBytes,
                analyst: Analyst = .inProcess, analyses: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.store = store
        self.token = WriteToken(value: token)
        self.maxUpload = maxUpload
        self.analyst = analyst
        slots = AnalysisSlots(capacity: analyses)
        cache = ResponseCache(capacity: cacheBytes)
    }

    /// A GET response from the cache, or made on the work lane and kept.
    func cached(_ request: Request, _ make: @escaping @Sendable () throws -> Payload) async throws -> Response {
        try await cache.response(request.uri.description) { try await lane.run(make) }
    }

    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: SecurityHeaders())
        router.add(middleware: ErrorResponses(maxUpload: maxUpload))
        PageRoutes(portal: self).add(to: router)
        DraftRoutes(portal: self).add(to: router)
        APIRoutes(portal: self).add(to: router)
        HealthRoutes(portal: self).add(to: router)
        return router
    }

    public func application(
        host: String, port: Int, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "fazhi"),
                    onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) })
    }

    /// The write token of a request: `Authorization: Bearer …` (API) or a form's `token` field.
    func authorize(_ given: String?) throws(PortalError) {
        guard let given, !given.isEmpty else { throw .missingToken }
        guard token.matches(given) else { throw .wrongToken }
    }

    func bearer(_ request: Request) -> String? {
        guard let value = request.headers[.authorization] else { return nil }
        let parts = value.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return "" }
        return parts[1].trimmingCharacters(in: .whitespaces)
    }

    func report(_ id: Int64, detail: ReportDetail = .full) throws -> StoredReport {
        guard let report = try store.report(id: id, detail: detail) else { throw PortalError.noReport(id) }
        return report
    }

    static func id(_ context: BasicRequestContext) throws(PortalError) -> Int64 {
        let text = context.parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else { throw .badID(text) }
        return id
    }

    func body(_ request: Request) async throws -> Data {
        let buffer = try await request.body.collect(upTo: maxUpload)
        return Data(buffer.readableBytesView)
    }
}

/// Responses the routes build.
enum Reply {
    static func page(_ title: String, _ section: Layout.Section?, _ main: String) -> Response {
        Payload.page(title, section, main).response()
    }

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        var response = try Payload.json(value).response()
        response.status = status
        return response
    }

    static func bytes(_ data: Data, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: type]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
