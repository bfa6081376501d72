import FazhiCore
import FazhiStore
import FazhiWorker
import Foundation
import Testing

/// `analyze` and `ingest` analyze each file in a worker process under a time and a memory budget: a
/// file that crashes the analyzer or goes over a budget is reported in one line and skipped, and the
/// others are analyzed (stored). The faults come from the worker's test hook (`FAZHI_FAULT_MARKER`);
/// the budgets are enforced by the kernel (RLIMIT_CPU, RLIMIT_AS), so no test waits for a duration.
struct BudgetTests {
    static let marker = "fault-\(UUID().uuidString)"
    static let environment = ["FAZHI_FAULT_MARKER": marker]

    /// A folder holding two sample reports (a.txt, b.txt) and `fault.txt` that asks for `fault`.
    static func folder(fault: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let samples = CLI.packageRoot.appendingPathComponent("samples")
        try FileManager.default.copyItem(at: samples.appendingPathComponent("000_6fb21ec396b5b360.txt"), to: dir.appendingPathComponent("a.txt"))
        try FileManager.default.copyItem(at: samples.appendingPathComponent("001_6400df55651fb672.txt"), to: dir.appendingPathComponent("b.txt"))
        try Data("\(marker):\(fault)".utf8).write(to: dir.appendingPathComponent("fault.txt"))
        return dir
    }

    static func analyze(fault: String, _ options: [String]) throws -> (CLI.Run, URL) {
        let dir = try folder(fault: fault)
        let files = ["a.txt", "fault.txt", "b.txt"].map { dir.appendingPathComponent($0).path }
        return (try CLI.run(["analyze", "--format", "json"] + options + files, environment: environment), dir)
    }

    @Test(arguments: [
        ("crash", [String](), "the analyzer crashed on it (signal 6, SIGABRT"),
        ("spin", ["--time-budget", "1"], "over the time budget (1 s of CPU"),
        ("grow", ["--memory-budget", "64"], "over the memory budget (64 MB"),
    ])
    func aFileThatCrashesOrOverrunsCostsThatFileOnly(_ fault: String, _ options: [String], _ said: String) throws {
        let (run, dir) = try Self.analyze(fault: fault, options)
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(run.status == 1)
        let analyses = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
        #expect(analyses?.count == 2)
        let names = analyses?.compactMap { ($0["source"] as? [String: Any])?["name"] as? String } ?? []
        #expect(names.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.txt", "b.txt"])
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(run.stderr)")
        #expect(lines.first?.hasPrefix("fazhi: \(dir.appendingPathComponent("fault.txt").path): \(said)") == true, "\(run.stderr)")
        #expect(lines.last == "fazhi: 2 of 3 files analyzed; 1 could not be read or went over a budget")
    }

    @Test func ingestStoresTheRestAndARerunDoesNotDie() throws {
        let dir = try Self.folder(fault: "crash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        for (round, stored) in [(1, "2 stored, 0 already stored"), (2, "0 stored, 2 already stored")] {
            let run = try CLI.run(["ingest", "--db", db, "--quiet", dir.path], environment: Self.environment)
            #expect(run.status == 1, "round \(round)")
            #expect(run.stderr.contains("fault.txt: the analyzer crashed on it (signal 6, SIGABRT"), "round \(round): \(run.stderr)")
            #expect(run.stderr.contains("\(stored), 0 skipped, 1 failed"), "round \(round): \(run.stderr)")
        }
        #expect(try SQLiteStore(path: db).count() == 2)
    }

    /// A worker's answer is the in-process one: the rendered output byte for byte, and the
    /// portal's report (document, analysis, normalized text) value for value.
    @Test func workersGiveWhatInProcessAnalysisGives() throws {
        let samples = try FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("samples").path)
            .filter { $0.hasSuffix(".txt") }.sorted().map { "samples/\($0)" }
        for format in ["json", "text", "markdown"] {
            let isolated = try CLI.run(["analyze", "--format", format] + samples)
            let inProcess = try CLI.run(["analyze", "--format", format, "--in-process"] + samples)
            #expect(isolated.status == 0 && inProcess.status == 0)
            #expect(isolated.stdout == inProcess.stdout, "\(format)")
        }
        let pool = WorkerPool(executable: CLI.binary.path, size: 1, budget: Budget())
        defer { pool.stop() }
        for sample in samples {
            let bytes = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(sample))
            let here = try IncomingReport.analyze(bytes: bytes, name: sample, sourcePath: nil)
            guard case .success(.incoming(let there)) = pool.perform(.incoming(bytes: bytes, name: sample)) else {
                Issue.record("no report from the worker for \(sample)")
                continue
            }
            #expect(there.analysis == here.analysis)
            #expect(there.normalized == here.normalized)
            #expect(there.bytes == here.bytes)
            #expect(there.document.original == here.document.original && there.document.text == here.document.text)
            #expect(there.document.offsets == here.document.offsets && there.document.title == here.document.title)
            #expect(there.document.format == here.document.format && there.document.encoding == here.document.encoding)
        }
    }
}
