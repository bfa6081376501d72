import FazhiStore
import Foundation
import Testing

/// `fazhi ingest`, `list`, `show`, `search` as a user runs them, and an ingest killed midway.
struct IngestCommandTests {
    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func ingestListShowSearch() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let ingest = try CLI.run(["ingest", "--db", db, "samples"])
        #expect(ingest.status == 0)
        #expect(ingest.stderr.contains("5 stored"))
        #expect(ingest.stderr.contains("1 skipped"))  // samples/README.md
        let again = try CLI.run(["ingest", "--db", db, "samples"])
        #expect(again.stderr.contains("0 stored, 5 already stored"))

        let list = try CLI.run(["list", "--db", db, "--jurisdiction", "北京市", "--format", "json"])
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(reports.count == 3)
        let show = try CLI.run(["show", "--db", db, "--format", "json", "\(reports[0]["id"] as? Int ?? 0)"])
        #expect(show.status == 0 && show.stdout.contains("\"metadata\""))
        #expect(try CLI.run(["show", "--db", db, "999"]).status == 1)

        let search = try CLI.run(["search", "--db", db, "復議", "--year", "2023"])
        #expect(search.status == 0)
        #expect(search.stdout.contains("【复议】"))
        #expect(search.stdout.contains("天津市武清区"))
    }

    /// Several batches stored at once (as on PostgreSQL; here forced on a file) store each report
    /// once; nonsense counts are refused before anything is read.
    @Test func severalWritersStoreEveryReportOnce() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let ingest = try CLI.run(["ingest", "--db", db, "--writers", "3", "--batch", "1", "--jobs", "1", "samples"])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("5 stored, 0 already stored"))
        let check = try CLI.run(["db", "check", "--db", db])
        #expect(check.status == 0 && check.stdout.contains("ok, 5 report(s)"), "\(check.stdout)")
        for bad in [["--writers", "0"], ["--batch", "0"], ["--jobs", "0"]] {
            let refused = try CLI.run(["ingest", "--db", db] + bad + ["samples"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains(bad[0]), "\(refused.stderr)")
        }
    }

    @Test func dataFilesInAFolderAreLeftOutAndABadReportDoesNotStopTheBatch() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let sample = CLI.packageRoot.appendingPathComponent("samples")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: sample.path).first { $0.hasPrefix("002") })
        try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        try Data("{\"file\": \"x\"}\n".utf8).write(to: folder.appendingPathComponent("manifest.jsonl"))
        try Data("a,b\n".utf8).write(to: folder.appendingPathComponent("table.csv"))
        try Data("%PDF-1.4\n".utf8).write(to: folder.appendingPathComponent("scan.pdf"))
        let db = dir.appendingPathComponent("c.sqlite").path
        let run = try CLI.run(["ingest", "--db", db, folder.path])
        #expect(run.status == 1)  // the PDF failed, and says so
        #expect(run.stderr.contains("scan.pdf"))
        #expect(run.stderr.contains("left out 2 file(s)"))
        #expect(run.stderr.contains("1 stored"))
        #expect(!run.stderr.contains("manifest.jsonl:"))
    }

    @Test func anIngestKilledMidwayLeavesNoHalfStoredReportAndResumes() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reports = dir.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let base = try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/002_d673bbc54b047a03.txt"), encoding: .utf8)
        let count = 400
        for i in 0..<count {
            // Distinct content: each variant states its own figure.
            let text = base.replacingOccurrences(of: "调整了8家单位900余项职权事项", with: "调整了8家单位\(1000 + i)项职权事项")
            try Data(text.utf8).write(to: reports.appendingPathComponent(String(format: "r%04d.txt", i)))
        }
        let db = dir.appendingPathComponent("corpus.sqlite").path
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["ingest", "--db", db, "--jobs", "1", "--batch", "8", "--quiet", reports.path]
        process.standardError = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until some batches are stored, then kill it without warning.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            if let stored = try? SQLiteStore(path: db).count(), stored >= 16 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let store = try SQLiteStore(path: db)
        let afterKill = try store.count()
        #expect(afterKill < count, "the ingest finished before it could be killed")
        #expect(try store.check() == [])

        let resumed = try CLI.run(["ingest", "--db", db, "--quiet", reports.path])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("\(count - afterKill) stored, \(afterKill) already stored"))
        #expect(try store.count() == count)
        #expect(try store.check() == [])
    }
}
