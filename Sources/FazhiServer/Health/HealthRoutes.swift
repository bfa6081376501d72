import Foundation
import HTTPTypes
import Hummingbird

/// `/healthz` and `/readyz`, for a load balancer in front of several nodes. Neither is cached, and
/// both say `Cache-Control: no-store`.
///
/// - `/healthz`: 200 while the process serves HTTP; the store is not asked. It says how many
///   analyses are under way and how many may run at once (`analyses`).
/// - `/readyz`: 200 while the store answers a trivial query within two seconds; 503 with a Chinese
///   message (JSON, as the API's errors) when it does not, or while the node is shutting down.
struct HealthRoutes {
    var portal: Portal

    static let notReady = PortalError(.serviceUnavailable, "数据库暂时无法访问,本节点暂不接收请求。")
    static let stopping = PortalError(.serviceUnavailable, "本节点正在停止服务。")

    func add(to router: Router<BasicRequestContext>) {
        let portal = self.portal
        router.get("healthz") { _, _ in
            let body = #"{"status":"ok","analyses":{"running":\#(portal.slots.busy),"slots":\#(portal.slots.capacity)}}"#
            return Self.uncached(Reply.bytes(Data(body.utf8), type: "application/json; charset=utf-8"))
        }
        router.get("readyz") { _, context in
            switch await portal.readiness.check(portal.store) {
            case .ready:
                return Self.uncached(Reply.bytes(Data(#"{"status":"ready"}"#.utf8), type: "application/json; charset=utf-8"))
            case .stopping:
                return Self.uncached(Self.stopping.response(api: true))
            case .storeDown(let why):
                context.logger.warning("not ready: the store does not answer", metadata: ["reason": "\(why)"])
                return Self.uncached(Self.notReady.response(api: true))
            }
        }
    }

    static func uncached(_ response: Response) -> Response {
        var response = response
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
