@testable import FazhiCore
import FazhiStore
import Foundation
import Testing
#if Postgres
import FazhiPostgres
import StoreKinds
#endif

/// Two `fazhi serve` processes and two `fazhi ingest` processes on one PostgreSQL database, as a
/// province runs them behind a load balancer: every report is stored once, and both nodes answer
/// the same. (Skipped without FAZHI_TEST_PG; fails without it when FAZHI_REQUIRE_PG=1.)
@Suite(.serialized) struct TwoNodesTests {
    static let token = "two-nodes-token"

    @Test func twoNodesAndTwoIngestsOnOneDatabaseServeEveryReportOnceAndTheSame() async throws {
        guard let server = try StoreKind.postgresServer() else { return }
        #if Postgres
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try Self.corpus(in: dir)
        let reference = try Binary.run(["ingest", "--quiet", "--db", dir.appendingPathComponent("ref.sqlite").path, folder.path])
        let distinct = try Self.storedCount(reference.output)
        let files = try Self.files(in: folder).count
        #expect(distinct < files, "the corpus holds no duplicates")

        let name = "fazhi_nodes_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let url = try PostgresDatabases.create(name, server: server)
        defer { try? PostgresDatabases.drop(name, server: server) }
        let a = try Server(db: url, token: Self.token)
        defer { a.stop() }
        let b = try Server(db: url, token: Self.token)
        defer { b.stop() }

        let ingests = try (0..<2).map { _ in try Self.start(["ingest", "--quiet", "--batch", "4", "--db", url, folder.path]) }
        // The nodes stay ready while both ingests write.
        while ingests.contains(where: { $0.process.isRunning }) {
            #expect(await LiveHTTP.status(a.url + "/readyz") == 200)
            #expect(await LiveHTTP.status(b.url + "/readyz") == 200)
            try await Task.sleep(for: .milliseconds(300))
        }
        let outcomes = ingests.map { $0.finish() }
        for o in outcomes { #expect(o.status == 0, "\(o.output)") }
        #expect(try outcomes.map { try Self.storedCount($0.output) }.reduce(0, +) == distinct)

        // Every report once, by content: the stored texts, analyzed again, have distinct keys.
        let ids = try await Self.allIDs(a.url)
        #expect(ids.count == distinct)
        var keys: Set<String> = []
        for id in ids {
            let (fromA, fromB) = (try await LiveHTTP.get("\(a.url)/api/reports/\(id)"), try await LiveHTTP.get("\(b.url)/api/reports/\(id)"))
            #expect(fromA.status == 200 && fromA.body == fromB.body, "report \(id) differs between the nodes")
            let detail = try JSONDecoder().decode(Detail.self, from: fromA.body)
            keys.insert(try IncomingReport.analyze(bytes: Data(detail.text.utf8), name: "r.txt", sourcePath: nil).contentKey)
        }
        #expect(keys.count == distinct)
        #expect(try await Self.allIDs(b.url) == ids)
        for path in ["/api/reports?level=district", "/api/reports?limit=7&page=2", "/api/search?q=%E5%A4%8D%E8%AE%AE",
                     "/api/search?q=%E8%A6%8F%E7%AF%84%E6%80%A7%E6%96%87%E4%BB%B6", "/api/search?q=%E6%B3%95%E5%BE%8B%E9%A1%BE%E9%97%AE&page=2",
                     "/api/compare?ids=\(ids.prefix(4).map(String.init).joined(separator: ","))"] {
            let (fromA, fromB) = (try await LiveHTTP.get(a.url + path), try await LiveHTTP.get(b.url + path))
            #expect(fromA.status == 200 && fromA.body == fromB.body, "\(path) differs between the nodes")
        }
        #expect(await LiveHTTP.status(a.url + "/readyz") == 200)
        #expect(await LiveHTTP.status(b.url + "/readyz") == 200)
        #else
        throw PortalFixture.Failure("FAZHI_TEST_PG is set but this build has no PostgreSQL store")
        #endif
    }

    /// On a cluster of the test's own (killing the shared one would fail the other tests).
    @Test func readyzTurns503WhileTheDatabaseIsDownAndBackAfterARestart() async throws {
        guard try StoreKind.postgresServer() != nil else { return }
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let cluster = dir.appendingPathComponent("cluster").path
        let script = PortalFixture.packageRoot.appendingPathComponent("scripts/test-postgres.sh").path
        let started = try Python.run(URL(fileURLWithPath: script), ["start", cluster])
        try #require(started.status == 0, "\(started.output)")
        defer { _ = try? Python.run(URL(fileURLWithPath: script), ["stop", cluster]) }
        let url = try #require(started.output.split(separator: "\n").last { $0.hasPrefix("postgres") }.map(String.init))

        let node = try Server(db: url, token: Self.token)
        defer { node.stop() }
        #expect(await LiveHTTP.status(node.url + "/readyz") == 200)
        #expect(try Python.run(URL(fileURLWithPath: script), ["kill", cluster]).status == 0)
        #expect(await LiveHTTP.waitFor(node.url + "/readyz", status: 503, seconds: 10))
        let down = try await LiveHTTP.get(node.url + "/readyz")
        #expect(down.status == 503)
        #expect(down.text.contains("数据库暂时无法访问") && !down.text.contains("postgres"), "\(down.text)")
        #expect(down.headers["cache-control"] == "no-store")
        #expect(await LiveHTTP.status(node.url + "/healthz") == 200)

        #expect(try Python.run(URL(fileURLWithPath: script), ["restart", cluster]).status == 0)
        #expect(await LiveHTTP.waitFor(node.url + "/readyz", status: 200, seconds: 30))
        #expect(await LiveHTTP.status(node.url + "/api/reports") == 200)
    }

    struct Detail: Decodable { var text: String }
    struct List: Decodable {
        struct Item: Decodable { var id: Int64 }
        var total: Int
        var reports: [Item]
    }

    /// Every report id the node lists, page by page.
    static func allIDs(_ node: String) async throws -> [Int64] {
        var ids: [Int64] = []
        for page in 1... {
            let list = try JSONDecoder().decode(List.self, from: try await LiveHTTP.get("\(node)/api/reports?limit=200&page=\(page)").body)
            ids += list.reports.map(\.id)
            if list.reports.isEmpty || ids.count >= list.total { break }
        }
        return ids
    }

    /// The samples, 40 synthetic reports, and each plain-text one again in a second encoding
    /// (GB18030) and a second script (OpenCC s2t): the same reports in other bytes.
    static func corpus(in dir: URL) throws -> URL {
        let folder = dir.appendingPathComponent("reports")
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("samples"), withIntermediateDirectories: true)
        for name in try PortalFixture.sampleNames() {
            try fm.copyItem(at: PortalFixture.packageRoot.appendingPathComponent("samples/\(name)"), to: folder.appendingPathComponent("samples/\(name)"))
        }
        let synth = try Binary.run(["synth", "--count", "40", "--seed", "11", "--out", folder.appendingPathComponent("synth").path])
        guard synth.status == 0 else { throw PortalFixture.Failure("synth failed: \(synth.output)") }
        try? fm.removeItem(at: folder.appendingPathComponent("synth/manifest.jsonl"))
        for (i, file) in try files(in: folder).enumerated() where file.pathExtension == "txt" {
            guard let text = String(data: try Data(contentsOf: file), encoding: .utf8) else { continue }
            if let gb = text.data(using: TextEncoding.foundationGB18030) {
                try gb.write(to: folder.appendingPathComponent("gb18030-\(i).txt"))
            }
            let traditional = try Python.run(URL(fileURLWithPath: "/usr/bin/opencc"), ["-c", "s2t.json", "-i", file.path, "-o", folder.appendingPathComponent("s2t-\(i).txt").path])
            guard traditional.status == 0 else { throw PortalFixture.Failure("opencc failed: \(traditional.output)") }
        }
        return folder
    }

    static func files(in folder: URL) throws -> [URL] {
        let all = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])?.compactMap { $0 as? URL } ?? []
        return all.filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }.sorted { $0.path < $1.path }
    }

    /// "… N stored, …" from an ingest's summary line.
    static func storedCount(_ output: String) throws -> Int {
        guard let range = output.range(of: #"(\d+) stored"#, options: .regularExpression),
              let n = Int(output[range].split(separator: " ")[0]) else {
            throw PortalFixture.Failure("no summary in: \(output)")
        }
        return n
    }

    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-nodes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// `fazhi ARGS` started in the background, its output and errors gathered.
    struct Started {
        let process: Process
        let pipe: Pipe

        func finish() -> Python.Run {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Python.Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
        }
    }

    static func start(_ arguments: [String]) throws -> Started {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = arguments
        process.currentDirectoryURL = PortalFixture.packageRoot
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        return Started(process: process, pipe: pipe)
    }
}
