import FazhiServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import StoreKinds

/// `/healthz` and `/readyz` for a load balancer, and `fazhi serve`'s graceful shutdown.
struct HealthTests {
    @Test(arguments: StoreKind.allCases)
    func readyWhileTheStoreAnswersNotWhileStoppingAndNeverCached(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let readiness = f.portal.readiness
        try await f.test { client in
            for _ in 0..<2 {
                try await client.execute(uri: "/healthz", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.text == #"{"status":"ok","analyses":{"running":0,"slots":\#(ProcessInfo.processInfo.activeProcessorCount)}}"#)
                    #expect(r.headers[.cacheControl] == "no-store")
                }
                try await client.execute(uri: "/readyz", method: .get) { r in
                    #expect(r.status == .ok)
                    #expect(r.text == #"{"status":"ready"}"#)
                    #expect(r.headers[.cacheControl] == "no-store")
                    #expect(r.headers[.contentType] == "application/json; charset=utf-8")
                }
            }
            readiness.beginShutdown()
            // Asked before, so a cache would answer 200 again.
            try await client.execute(uri: "/readyz", method: .get) { r in
                #expect(r.status == .serviceUnavailable)
                #expect(r.text.contains(#""status":503"#) && r.text.contains("本节点正在停止服务"), "\(r.text)")
                #expect(r.headers[.cacheControl] == "no-store")
                #expect(r.headers[.contentType] == "application/json; charset=utf-8")
            }
            try await client.execute(uri: "/healthz", method: .get) { r in #expect(r.status == .ok) }
        }
    }

    /// SIGTERM: /readyz turns 503 at once while requests are still served for --drain seconds; a
    /// request whose body is still arriving when the node stops is answered, the process exits 0, and
    /// then nothing answers. (Each step waits for the one before, not for a time: a loaded
    /// machine handles the signal late.)
    @Test func sigtermDrainsThenLetsARequestUnderWayFinish() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-shutdown-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        let ingest = try Binary.run(["ingest", "--db", db, "--quiet", "samples"])
        try #require(ingest.status == 0, "\(ingest.output)")
        let node = try Server(db: db, token: "shutdown-token", options: ["--drain", "60"])
        defer { if node.process.isRunning { node.stop() } }
        #expect(await LiveHTTP.status(node.url + "/readyz") == 200)

        let body = dir.appendingPathComponent("r.txt")
        try Data(ComposedReport.text(title: "某县人民政府2023年法治政府建设年度报告").utf8).write(to: body)
        let slow = try SlowUpload(url: node.url, body: body)
        node.process.terminate()
        // Within the 60 s drain, however late a loaded machine delivers the signal (a CI run saw
        // 15 s pass without a 503, another 30 s without an answer: each poll now has its own short
        // timeout and connection).
        let ready = await LiveHTTP.poll(node.url + "/readyz", seconds: 55) { $0.status == 503 }
        #expect(ready?.status == 503)
        // That answer was itself served after the signal: the node serves on while draining.
        #expect(ready?.text.contains("本节点正在停止服务") == true, "\(ready?.text ?? "")")
        // After the drain the server stops (new connections are refused once its listener closes; on a
        // loaded machine that can come after the wait below), and the upload under way is answered.
        _ = await LiveHTTP.waitForRefusal(node.url + "/healthz", seconds: 90)
        let answer = slow.finish()
        #expect(answer.hasPrefix("HTTP/1.1 200"), "\(answer)")
        #expect(answer.contains(#""looksLikeReport":true"#), "\(answer)")
        node.process.waitUntilExit()
        #expect(node.process.terminationReason == .exit)
        #expect(node.process.terminationStatus == 0)
        #expect(await LiveHTTP.status(node.url + "/healthz") == nil)
    }
}

/// A POST to /api/analyze whose headers and first half are sent at once and the rest when told
/// (by a Python client on a raw socket), to keep a request under way.
struct SlowUpload {
    let process = Process()
    let output = Pipe()
    let input = Pipe()

    static let script = """
        import socket, sys
        host, port = sys.argv[1].rsplit("/", 1)[-1].split(":")
        body = open(sys.argv[2], "rb").read()
        s = socket.create_connection((host, int(port)))
        head = b"POST /api/analyze?name=r.txt HTTP/1.1\\r\\nHost: x\\r\\nConnection: close\\r\\nContent-Length: %d\\r\\n\\r\\n" % len(body)
        s.sendall(head + body[: len(body) // 2])
        print("sent", flush=True)
        sys.stdin.readline()
        s.sendall(body[len(body) // 2 :])
        answer = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            answer += chunk
        sys.stdout.write(answer.decode("utf-8", "replace"))
        """

    /// Starts the upload of the file `body` and returns once half of it is sent.
    init(url: String, body: URL) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [Python.executable, "-c", Self.script, url, body.path]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("sent") {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += chunk
        }
    }

    /// Sends the rest of the body; the server's whole answer (status line, headers, body).
    func finish() -> String {
        input.fileHandleForWriting.write(Data("go\n".utf8))
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // What is left of the line "sent" the client printed first, then the answer.
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
