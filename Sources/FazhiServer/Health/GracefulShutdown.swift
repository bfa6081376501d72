import Hummingbird
import ServiceLifecycle

extension Portal {
    /// The portal as a service group that stops gracefully on SIGTERM or SIGINT: `/readyz` answers
    /// 503 at once, requests are still served for `drain` seconds (time for a load balancer to take
    /// the node out), then the server stops accepting connections and lets the requests under way
    /// finish. Close the store after `run()` returns.
    public func serviceGroup(
        host: String, port: Int, drain: Double = 0, onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> ServiceGroup {
        let app = application(host: host, port: port, onServerRunning: onServerRunning)
        // Services shut down last to first: first the drain, then the server.
        return ServiceGroup(configuration: .init(
            services: [app, Draining(readiness: readiness, seconds: drain)],
            gracefulShutdownSignals: [.sigterm, .sigint], logger: app.logger))
    }
}

/// Waits for graceful shutdown, then marks the node not ready and keeps it serving for a while.
struct Draining: Service {
    var readiness: Readiness
    var seconds: Double

    func run() async throws {
        try? await gracefulShutdown()
        readiness.beginShutdown()
        if seconds > 0 { try? await Task.sleep(for: .milliseconds(Int(seconds * 1000))) }
    }
}
