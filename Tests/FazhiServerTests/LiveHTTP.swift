import Foundation
#if canImport(Glibc)
import Glibc
#endif
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

    /// A session of its own for each request: on Linux, requests of one session to one host can
    /// wait behind one another, so a request the server holds would hold the next one too.
    static func session(timeout: Double) -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.timeoutIntervalForRequest = timeout
        return URLSession(configuration: configuration)
    }

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
        let session = session(timeout: timeout)
        defer { session.finishTasksAndInvalidate() }
        let (data, response) = try await session.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw PortalFixture.Failure("no HTTP response from \(url)") }
        var headers: [String: String] = [:]
        for (k, v) in http.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
        return Reply(status: http.statusCode, body: data, headers: headers)
    }

    /// Sends a POST of `body` to `url` on a plain socket and returns the socket without reading the
    /// answer: a request that is surely under way (no task left to be scheduled) until it is closed.
    static func postAndHold(_ url: String, body: Data) throws -> Int32 {
        guard let u = URL(string: url), let host = u.host, let port = u.port else { throw PortalFixture.Failure("bad URL \(url)") }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw PortalFixture.Failure("no socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(fd); throw PortalFixture.Failure("cannot connect to \(url)") }
        let path = u.path + (u.query.map { "?" + $0 } ?? "")
        let head = "POST \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nContent-Length: \(body.count)\r\nConnection: close\r\n\r\n"
        let request = Data(head.utf8) + body
        let sent = request.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == request.count else { close(fd); throw PortalFixture.Failure("cannot send to \(url)") }
        return fd
    }

    /// What has arrived on `fd` so far, without waiting (for a failure's message).
    static func received(_ fd: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        return n > 0 ? String(decoding: buffer.prefix(n), as: UTF8.self) : "(nothing)"
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
    static func poll(_ url: String, seconds: Double, eachTry: Double = 5, until accept: (Reply) -> Bool) async -> Reply? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            // Each try gets a few seconds, so one request a loaded machine answers late (or never)
            // cannot use up the whole wait.
            if let reply = try? await get(url, timeout: eachTry), accept(reply) { return reply }
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
