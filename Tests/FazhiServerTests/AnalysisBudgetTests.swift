import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `fazhi serve` analyzes uploads in worker processes under a budget: an upload that crashes the
/// analyzer or goes over its time budget is answered with a Chinese 422 and the next one is served;
/// with every analysis slot taken, a Chinese 503 with Retry-After. The faults come from the worker's
/// test hook (`FAZHI_FAULT_MARKER`, honoured only by workers); nothing here waits for a duration.
struct AnalysisBudgetTests {
    static let marker = "fault-\(UUID().uuidString)"
    static let report = Data(ComposedReport.text(title: "某县人民政府2023年法治政府建设年度报告").utf8)

    static func server(_ options: [String]) throws -> (Server, URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let server = try Server(db: dir.appendingPathComponent("c.sqlite").path, token: "token-0123456789", options: options,
                                environment: ["FAZHI_FAULT_MARKER": marker])
        return (server, dir)
    }

    @Test func aCrashOrAnOverrunCostsThatRequestOnly() async throws {
        let (server, dir) = try Self.server(["--time-budget", "1", "--max-upload", "100000"])
        defer {
            server.stop()
            try? FileManager.default.removeItem(at: dir)
        }
        let analyze = server.url + "/api/analyze?name=r.txt"
        let crash = try await LiveHTTP.post(analyze, body: Data("\(Self.marker):crash".utf8))
        #expect(crash.status == 422)
        #expect(crash.text.contains("分析程序在读取该文件时异常退出"), "\(crash.text)")
        let spin = try await LiveHTTP.post(analyze, body: Data("\(Self.marker):spin".utf8))
        #expect(spin.status == 422)
        #expect(spin.text.contains("分析超出时间上限(1 秒"), "\(spin.text)")
        let large = try await LiveHTTP.post(analyze, body: Data(repeating: 0x41, count: 200_000))
        #expect(large.status == 413)
        #expect(large.text.contains("上传内容过大"), "\(large.text)")
        let fine = try await LiveHTTP.post(analyze, body: Self.report)
        #expect(fine.status == 200)
        #expect(fine.text.contains(#""looksLikeReport":true"#))
        #expect(try await LiveHTTP.get(server.url + "/healthz").status == 200)
    }

    @Test func everySlotTakenAnswers503WithRetryAfter() async throws {
        // A time budget far beyond the test: on a loaded machine the held analysis must not reach its
        // wall-clock deadline (3 × the budget) and free its slot before the second upload arrives.
        let (server, dir) = try Self.server(["--analyses", "1", "--time-budget", "3600"])
        defer {
            // The held analysis would keep a graceful stop waiting: the server is killed, and its
            // worker (the hook watches its parent) ends with it.
            kill(server.process.processIdentifier, SIGKILL)
            server.process.waitUntilExit()
            try? FileManager.default.removeItem(at: dir)
        }
        let analyze = server.url + "/api/analyze?name=r.txt"
        let held = try LiveHTTP.postAndHold(analyze, body: Data("\(Self.marker):hang".utf8))
        defer { close(held) }
        let busy = await LiveHTTP.poll(server.url + "/healthz", seconds: 600, eachTry: 60) { $0.text.contains(#""running":1"#) }
        #expect(busy?.text == #"{"status":"ok","analyses":{"running":1,"slots":1}}"#,
                "the held upload's answer so far: \(LiveHTTP.received(held))")
        let refused = try await LiveHTTP.post(analyze, body: Self.report)
        #expect(refused.status == 503)
        #expect(refused.headers["retry-after"] == "5")
        #expect(refused.text.contains("分析繁忙:同时进行的分析已达上限(1 个)"), "\(refused.text)")
    }
}
