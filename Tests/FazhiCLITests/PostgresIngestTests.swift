import Foundation
import Testing
#if Postgres
import FazhiPostgres
#endif

/// `fazhi ingest` against a shared PostgreSQL database, as whole processes: two at once store
/// every report once; a server that dies mid-ingest gives a clear error, and the ingest run again
/// after a restart stores the rest with nothing half-stored. (Skipped without FAZHI_TEST_PG; fails
/// without it when FAZHI_REQUIRE_PG=1, as in CI.)
@Suite(.serialized) struct PostgresIngestTests {
    struct Missing: Error, CustomStringConvertible { var description: String }

    static func server() throws -> String? {
        let env = ProcessInfo.processInfo.environment
        if let url = env["FAZHI_TEST_PG"], !url.isEmpty { return url }
        if env["FAZHI_REQUIRE_PG"] == "1" { throw Missing(description: "FAZHI_REQUIRE_PG=1 but FAZHI_TEST_PG is not set") }
        return nil
    }

    /// A synthetic corpus of `count` reports in a new folder, and how many distinct reports it holds
    /// (stored by an ingest into SQLite).
    static func corpus(_ count: Int, in dir: URL) throws -> (folder: String, distinct: Int) {
        let folder = dir.appendingPathComponent("reports").path
        let synth = try CLI.run(["synth", "--count", "\(count)", "--out", folder, "--seed", "8"])
        guard synth.status == 0 else { throw Missing(description: "synth failed: \(synth.stderr)") }
        let lite = try CLI.run(["ingest", "--quiet", "--db", dir.appendingPathComponent("ref.sqlite").path, folder])
        return (folder, try storedCount(lite.stderr))
    }

    /// "… N stored, …" from an ingest's summary line.
    static func storedCount(_ stderr: String) throws -> Int {
        guard let range = stderr.range(of: #"(\d+) stored"#, options: .regularExpression),
              let n = Int(stderr[range].split(separator: " ")[0]) else {
            throw Missing(description: "no summary in: \(stderr)")
        }
        return n
    }

    /// "…: ok, N report(s)" from `fazhi db check`, or nil when the check failed.
    static func checkedCount(_ url: String) throws -> Int? {
        let check = try CLI.run(["db", "check", "--db", url])
        guard check.status == 0, let range = check.stdout.range(of: #"ok, (\d+)"#, options: .regularExpression) else { return nil }
        return Int(check.stdout[range].dropFirst(4))
    }

    static func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.packageRoot
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, err)
    }

    static func finish(_ p: (Process, Pipe)) -> (status: Int32, stderr: String) {
        let data = p.1.fileHandleForReading.readDataToEndOfFile()
        p.0.waitUntilExit()
        return (p.0.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-pg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func twoIngestsAtOnceStoreEveryReportExactlyOnce() throws {
        guard let server = try Self.server() else { return }
        #if Postgres
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (folder, distinct) = try Self.corpus(120, in: dir)
        let name = "fazhi_cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let url = try PostgresDatabases.create(name, server: server)
        defer { try? PostgresDatabases.drop(name, server: server) }
        let a = try Self.start(["ingest", "--quiet", "--batch", "8", "--db", url, folder])
        let b = try Self.start(["ingest", "--quiet", "--batch", "8", "--db", url, folder])
        let (ra, rb) = (Self.finish(a), Self.finish(b))
        #expect(ra.status == 0, "\(ra.stderr)")
        #expect(rb.status == 0, "\(rb.stderr)")
        let stored = try Self.storedCount(ra.stderr) + Self.storedCount(rb.stderr)
        #expect(stored == distinct)
        #expect(try Self.checkedCount(url) == distinct)
        #else
        throw Missing(description: "FAZHI_TEST_PG is set but this build has no PostgreSQL store")
        #endif
    }

    @Test func aServerThatDiesMidIngestLeavesNothingHalfStored() throws {
        guard try Self.server() != nil else { return }
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (folder, distinct) = try Self.corpus(300, in: dir)
        // A cluster of this test's own: killing the shared one would fail the other tests.
        let cluster = dir.appendingPathComponent("cluster").path
        let script = CLI.packageRoot.appendingPathComponent("scripts/test-postgres.sh").path
        let started = try CLI.shell([script, "start", cluster])
        try #require(started.status == 0, "\(started.stderr)")
        defer { _ = try? CLI.shell([script, "stop", cluster]) }
        let url = started.stdout.trimmingCharacters(in: .whitespacesAndNewlines)

        let ingest = try Self.start(["ingest", "--quiet", "--batch", "4", "--db", url, folder])
        var someStored = false
        for _ in 0..<600 where !someStored {
            Thread.sleep(forTimeInterval: 0.1)
            someStored = (try Self.checkedCount(url) ?? 0) >= 8
        }
        try #require(someStored, "the ingest stored nothing")
        #expect(try CLI.shell([script, "kill", cluster]).status == 0)
        let killed = Self.finish(ingest)
        #expect(killed.status != 0)
        #expect(killed.stderr.contains("storing failed") && killed.stderr.contains("PostgreSQL"), "\(killed.stderr)")

        #expect(try CLI.shell([script, "restart", cluster]).status == 0)
        let before = try #require(try Self.checkedCount(url))
        #expect(before < distinct)
        let again = try CLI.run(["ingest", "--quiet", "--db", url, folder])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try Self.storedCount(again.stderr) == distinct - before)
        #expect(try Self.checkedCount(url) == distinct)
    }
}

extension CLI {
    /// Runs a program other than fazhi (a script), capturing its output.
    static func shell(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}
