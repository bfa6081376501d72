import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Plain HTTP requests to a running `fazhi serve` (the tests on real processes), nothing cached.
enum LiveHTTP {
    struct Reply {
        var status: Int
        var body: Data
        var headers: [String: String]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration)
    }()

    /// GET `url` on a connection of its own (`Connection: close`: a kept-alive connection a stopping
    /// server has closed would hang a request until its timeout), within `timeout` seconds.
    static func get(_ url: String, timeout: Double = 30) async throws -> Reply {
        try await send("GET", url, body: nil, timeout: timeout)
    }

    /// POST `body` to `url` on a connection of its own, within `timeout` seconds.
    static func post(_ url: String, body: Data, timeout: Double = 120) async throws -> Reply {
        try await send("POST", url, body: body, timeout: timeout)
    }

    private static func send(_ method: String, _ url: String, body: Data?, timeout: Double) async throws -> Reply {
        guard let u = URL(string: url) else { throw PortalFixture.Failure("bad URL \(url)") }
        var request = URLRequest(url: u, timeoutInterval: timeout)
        request.httpMethod = method
        request.httpBody = body
        request.setValue("close", forHTTPHeaderField: "Connection")
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw PortalFixture.Failure("no HTTP response from \(url)") }
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
        return Reply(status: http.statusCode, body: data, headers: headers)
    }

    /// The status of GET `url`, or nil when nothing answers (connection refused).
    static func status(_ url: String) async -> Int? {
        try? await get(url).status
    }

    /// Polls GET `url` every 0.2 s until it answers `status`, for at most `seconds`; whether it did.
    static func waitFor(_ url: String, status: Int, seconds: Double) async -> Bool {
        await poll(url, seconds: seconds) { $0.status == status } != nil
    }

    /// Polls GET `url` every 0.2 s for at most `seconds`: the first reply `accept` takes, or nil.
    static func poll(_ url: String, seconds: Double, until accept: (Reply) -> Bool) async -> Reply? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            // Each try gets a few seconds, so one request a loaded machine answers late (or never)
            // cannot use up the whole wait.
            if let reply = try? await get(url, timeout: 5), accept(reply) { return reply }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return nil
    }

    /// Polls GET `url` every 0.2 s until nothing answers any more, for at most `seconds`; whether so.
    static func waitForRefusal(_ url: String, seconds: Double) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await status(url) == nil { return true }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return false
    }
}
