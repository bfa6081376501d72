import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import GRDB
import GRDBSQLite
import Testing

/// Databases that cannot be written, are damaged, are busy or cannot be opened, through the built
/// binary: reading commands work on a read-only file, writing ones fail with one line naming the
/// database and the cause; a second writer waits its turn.
struct DatabaseFailureTests {
    /// The samples' corpus made read-only: the file 0444 in a folder 0555, the commands run as an
    /// unprivileged user (root writes whatever the modes say).
    @Test func readOnlyDatabaseCanBeReadButNotWritten() throws {
        try CLI.withSampleCorpus { db, dir in
            try ReadOnly.make(db, in: dir)
            defer { ReadOnly.undo(dir) }
            func run(_ arguments: [String]) throws -> CLI.Run { try CLI.run(arguments, launcher: Unprivileged.launcher) }

            let list = try run(["list", "--db", db])
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("武清"), "\(list.stdout)")
            let check = try run(["db", "check", "--db", db])
            #expect(check.status == 0 && check.stdout.contains("ok, 5 report(s)"), "\(check.stdout)\(check.stderr)")
            for arguments in [["search", "行政复议"], ["show", "1"], ["export", "--format", "json"],
                              ["compare", "--indicators", "reconsideration.concluded"]] {
                let r = try run(arguments + ["--db", db])
                #expect(r.status == 0 && !r.stdout.isEmpty, "\(arguments): \(r.stderr)")
            }
            for arguments in [["ingest", "samples/000_6fb21ec396b5b360.txt"], ["reanalyze"], ["db", "migrate"]] {
                let r = try run(arguments + ["--db", db])
                #expect(r.status == 1, "\(arguments)")
                let lines = r.stderr.split(separator: "\n")
                #expect(lines.count == 1 && lines[0].contains(db) && lines[0].contains("read-only"), "\(arguments): \(r.stderr)")
            }
        }
    }

    /// A page of an index overwritten with garbage: `ingest` stores nothing and says the database is
    /// damaged (it would otherwise answer "already stored"), `db check` names the index.
    @Test func damagedDatabaseIsRefusedAndNamed() throws {
        try CLI.withSampleCorpus { db, _ in
            try Checkpoint.truncate(db)
            let (root, name) = try Checkpoint.rootPage(db, of: "sqlite_autoindex_report_1")
            try Checkpoint.overwrite(db, page: root)

            let ingest = try CLI.run(["ingest", "--db", db, "--quiet", "samples"])
            #expect(ingest.status == 1)
            #expect(!ingest.stderr.contains("already stored"), "\(ingest.stderr)")
            #expect(ingest.stderr.contains("\(db): the database is damaged (index \(name))"), "\(ingest.stderr)")
            let check = try CLI.run(["db", "check", "--db", db])
            #expect(check.status == 1)
            #expect(check.stderr.contains("damaged: index \(name): "), "\(check.stderr)")
        }
    }

    /// A second writer waits for the first: the test holds the write lock, starts `fazhi ingest`,
    /// lets it go once it has analyzed its files (and so waits to store them), and the ingest
    /// stores them all.
    @Test func secondWriterWaitsForTheLock() throws {
        try CLI.withSampleCorpus { db, dir in
            let report = try Self.newReport(in: dir, figure: 901)
            let holder = try WriteLockHolder(db)
            let ingest = try BackgroundRun(["ingest", "--db", db, "--busy-timeout", "3600", report.path])
            // Analysis done ("ingest 1/1"): its batch is queued for the lock the test holds.
            try ingest.waitForStderr(containing: "ingest 1/1")
            #expect(ingest.isRunning, "the ingest ended while the lock was held: \(ingest.stderr)")
            try holder.release()
            let status = ingest.wait()
            #expect(status == 0, "\(ingest.stderr)")
            #expect(ingest.stderr.contains("1 stored, 0 already stored"), "\(ingest.stderr)")
        }
    }

    /// Sample 002 with another figure: a report the corpus does not hold yet.
    static func newReport(in dir: URL, figure: Int) throws -> URL {
        let report = dir.appendingPathComponent("new-\(figure).txt")
        let sample = try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/002_d673bbc54b047a03.txt"), encoding: .utf8)
        try Data(sample.replacingOccurrences(of: "900余项", with: "\(figure)余项").utf8).write(to: report)
        return report
    }

    /// When the wait runs out: one line with the database, "busy", and the process holding it open.
    @Test func busyDatabaseNamesWhoHoldsIt() throws {
        try CLI.withSampleCorpus { db, dir in
            let report = try Self.newReport(in: dir, figure: 902)
            let holder = try WriteLockHolder(db)
            defer { try? holder.release() }
            let ingest = try CLI.run(["ingest", "--db", db, "--busy-timeout", "0.2", "--quiet", report.path])
            #expect(ingest.status == 1)
            let line = ingest.stderr.split(separator: "\n").first { $0.contains("busy") }.map(String.init) ?? ""
            #expect(line.contains("\(db): storing failed (the database is busy: another connection held its write lock"), "\(ingest.stderr)")
            #expect(line.contains("0.2 s") && line.contains("open in process \(getpid())"), "\(line)")
        }
    }

    @Test(arguments: [
        ("/nonexistent-\(UUID().uuidString)/c.sqlite", "cannot open the database: the folder /nonexistent-"),
        ("samples", "cannot open the database: it is a folder, not a database file"),
        ("samples/README.md", "not a SQLite database"),
    ])
    func unopenableDatabaseIsOneLine(path: String, cause: String) throws {
        let r = try CLI.run(["list", "--db", path])
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("\(path): \(cause)"), "\(r.stderr)")
        #expect(!r.stderr.contains("SQLite error") && !r.stderr.contains("SELECT") && !r.stderr.contains("PRAGMA"), "\(r.stderr)")
    }

    /// The portal on a read-only corpus: pages and the API answer; an upload with the right token is
    /// refused with 503 "read-only" in Chinese.
    @Test func readOnlyDatabaseIsServed() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-ro-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer {
            ReadOnly.undo(dir)
            try? FileManager.default.removeItem(at: dir)
        }
        let db = dir.appendingPathComponent("c.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, "--quiet", "samples"]).status == 0)
        try ReadOnly.make(db, in: dir)
        let serve = try BackgroundRun(["serve", "--db", db, "--port", "0"], launcher: Unprivileged.launcher,
                                      environment: ["FAZHI_TOKEN": "read-only-test-token"])
        defer { serve.stop() }
        try serve.waitForStdout(containing: " at http://")
        let base = try #require(serve.stdout.split(separator: " ").last { $0.hasPrefix("http://") })
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(serve.stderr.contains("is read-only"), "\(serve.stderr)")

        let (list, listed) = try await URLSession.shared.data(from: try #require(URL(string: base + "api/reports")))
        #expect((listed as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: list, as: UTF8.self).contains("武清"))
        var upload = URLRequest(url: try #require(URL(string: base + "api/reports?name=r.txt")))
        upload.httpMethod = "POST"
        upload.setValue("Bearer read-only-test-token", forHTTPHeaderField: "Authorization")
        upload.httpBody = try Data(contentsOf: CLI.packageRoot.appendingPathComponent("samples/002_d673bbc54b047a03.txt"))
            + Data("\n另:新增一段。".utf8)
        let (body, refused) = try await URLSession.shared.data(for: upload)
        #expect((refused as? HTTPURLResponse)?.statusCode == 503)
        #expect(String(decoding: body, as: UTF8.self).contains("数据库为只读"), "\(String(decoding: body, as: UTF8.self))")
    }
}

/// A corpus made read-only: its WAL checkpointed away, the file 0444, its folder 0555.
enum ReadOnly {
    static func make(_ db: String, in dir: URL) throws {
        try Checkpoint.truncate(db)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: db)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: dir.path)
    }

    static func undo(_ dir: URL) {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir.path)
    }
}

/// The unprivileged user the read-only tests run the binary as, when the tests run as root.
enum Unprivileged {
    static var launcher: [String] {
        guard geteuid() == 0 else { return [] }
        return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
}

/// Direct work on a database file: checkpointing its WAL into it, finding a tree's root page,
/// overwriting a page.
enum Checkpoint {
    static func truncate(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// The root page of the index or table `name`, and its name.
    static func rootPage(_ path: String, of name: String) throws -> (Int, String) {
        let queue = try DatabaseQueue(path: path)
        let root = try queue.read { db in try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_schema WHERE name = ?", arguments: [name]) }
        return (try #require(root), name)
    }

    /// Page `page` (4 KB pages, counted from 1) overwritten with 0xA5 bytes.
    static func overwrite(_ path: String, page: Int) throws {
        let file = try #require(FileHandle(forUpdatingAtPath: path))
        defer { try? file.close() }
        try file.seek(toOffset: UInt64((page - 1) * 4096))
        file.write(Data(repeating: 0xA5, count: 4096))
    }
}

/// A write transaction held open on a database from the test process (`BEGIN IMMEDIATE`), after a
/// committed one that leaves the WAL file non-empty (GRDB writes when it opens a database whose WAL
/// is empty, so the other process would otherwise wait already there, before analyzing anything).
final class WriteLockHolder {
    private var connection: OpaquePointer?

    init(_ path: String) throws {
        guard sqlite3_open(path, &connection) == SQLITE_OK,
              sqlite3_exec(connection, "CREATE TABLE lock_test (x); DROP TABLE lock_test", nil, nil, nil) == SQLITE_OK,
              sqlite3_exec(connection, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK else {
            throw CLI.Failure(description: "cannot take the write lock of \(path)")
        }
    }

    func release() throws {
        guard let connection else { return }
        sqlite3_exec(connection, "ROLLBACK", nil, nil, nil)
        sqlite3_close(connection)
        self.connection = nil
    }
}

/// The binary run in the background (through `launcher`, when given), its output collected
/// into files in a folder of its own.
final class BackgroundRun {
    private let process = Process()
    private let logs: URL

    init(_ arguments: [String], launcher: [String] = [], environment: [String: String] = [:]) throws {
        logs = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        for name in ["stdout", "stderr"] { _ = FileManager.default.createFile(atPath: logs.appendingPathComponent(name).path, contents: nil) }
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? CLI.binary
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [CLI.binary.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = CLI.packageRoot
        process.standardOutput = try FileHandle(forWritingTo: logs.appendingPathComponent("stdout"))
        process.standardError = try FileHandle(forWritingTo: logs.appendingPathComponent("stderr"))
        try process.run()
    }

    var stdout: String { (try? String(contentsOf: logs.appendingPathComponent("stdout"), encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: logs.appendingPathComponent("stderr"), encoding: .utf8)) ?? "" }
    var isRunning: Bool { process.isRunning }

    /// Polls until `text` appears on standard error; throws if the process ends first.
    func waitForStderr(containing text: String) throws { try waitFor(text) { stderr } }

    /// Polls until `text` appears on standard output; throws if the process ends first.
    func waitForStdout(containing text: String) throws { try waitFor(text) { stdout } }

    private func waitFor(_ text: String, in output: () -> String) throws {
        while !output().contains(text) {
            guard process.isRunning || output().contains(text) else {
                throw CLI.Failure(description: "the process ended before printing “\(text)”: \(stderr)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    func wait() -> Int32 {
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { try? FileManager.default.removeItem(at: logs) }

    /// Ends the process (SIGTERM) and waits for it.
    func stop() {
        if process.isRunning { process.terminate() }
        _ = wait()
    }
}
