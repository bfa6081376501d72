import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWorker
import Foundation

/// `fazhi ingest PATH...`: reads, analyzes and stores reports; folders are walked.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store reports (files and folders, every supported format) in the corpus database.",
        discussion: """
            Reports are analyzed in parallel and stored in batches, each batch in one transaction: \
            an interrupted ingest leaves no half-stored report, and running it again stores the rest. \
            The same content is stored once, whatever its encoding, format or script. A file that \
            cannot be read is reported and skipped; the exit code is then 1. Each file is analyzed in \
            a worker process under a time and a memory budget: a file over one, or one that crashes \
            the analyzer, is reported and skipped, and the others are stored (docs/budgets.md).
            """)

    @Argument(help: "Report files or folders.")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(name: .shortAndLong, help: "Files analyzed at once (default: one per processor).")
    var jobs: Int = Parallel.processors

    @Option(help: "Reports stored per transaction.")
    var batch: Int = 64

    @Option(help: "Batches stored at once (default: 1 for a database file, 2 for PostgreSQL).")
    var writers: Int?

    @Option(help: "Largest input accepted, in bytes.")
    var maxSize: Int = 20_000_000

    @Flag(help: "No progress output, only the summary.")
    var quiet = false

    @Flag(help: "Store text files even when they do not read as reports (no title, no parts).")
    var acceptAny = false

    @OptionGroup var budgets: BudgetOptions

    enum Outcome: Sendable {
        case report(PreparedReport)
        case skipped(String)
        case failed(String)
    }

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1 (reports per transaction)") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let writers, writers < 1 { throw ValidationError("--writers must be at least 1 (batches stored at once)") }
    }

    func run() throws {
        let (files, missing, leftOut) = FileWalker.walk(paths)
        let db = try store.open(access: .write)
        var failures = missing.map { "\($0): no such file or folder" }
        var skipped: [String] = []
        let progress = Progress(total: files.count, label: "ingest")
        let maxSize = self.maxSize
        let acceptAny = self.acceptAny
        let analyst = budgets.analyst(jobs: jobs)
        defer { analyst.stop() }
        // Batches are stored on writer threads while the next batch is analyzed.
        let writer = BatchWriter(store: db, writers: writers ?? db.concurrentWriters)
        var done = 0
        let window = max(batch, jobs)
        var start = 0
        while start < files.count, !writer.hasFailed {
            let chunk = Array(files[start..<min(start + window, files.count)])
            let outcomes = Parallel.map(chunk, jobs: jobs) { path in Self.process(path, maxSize: maxSize, acceptAny: acceptAny, analyst: analyst) }
            var reports: [PreparedReport] = []
            for outcome in outcomes {
                switch outcome {
                case .report(let r): reports.append(r)
                case .skipped(let message): skipped.append(message)
                case .failed(let message): failures.append(message)
                }
            }
            writer.enqueue(reports)
            done += chunk.count
            if !quiet { progress.update(done) }
            start += window
        }
        let (stored, duplicates, failure) = writer.finish()
        if let failure {
            progress.finish()
            if let failure = failure as? StoreError, failure.refusesEveryWrite {
                Standard.err("fazhi: \(failure)")  // damaged or read-only: running again would not help
                throw ExitCode(1)
            }
            let reason = (failure as? StoreError)?.reason ?? "\(failure)"
            Standard.err("fazhi: \(db.location): storing failed (\(reason)); nothing of the failing batch was stored; run the ingest again to store the rest")
            throw ExitCode(1)
        }
        progress.finish()
        BulkLoadSettling.settle(db, stored: stored, quiet: quiet)
        if !leftOut.isEmpty {
            let kinds = Set(leftOut.map { "." + URL(fileURLWithPath: $0).pathExtension }).sorted().prefix(5).joined(separator: " ")
            Standard.err("fazhi: left out \(leftOut.count) file(s) in the folders that are not reports by their extension (\(kinds)); name a file to ingest it anyway")
        }
        for note in skipped { Standard.err("fazhi: skipped \(note)") }
        for failure in failures { Standard.err("fazhi: \(failure)") }
        let rate = Double(files.count) / max(progress.elapsed, 0.001)
        Standard.err(String(format: "ingested %d files in %.1f s (%.0f/s): %d stored, %d already stored, %d skipped, %d failed → %@",
                            files.count, progress.elapsed, rate, stored, duplicates, skipped.count, failures.count, db.location))
        if !failures.isEmpty { throw ExitCode(1) }
    }

    /// One file read here, analyzed and turned into rows by `analyst`.
    static func process(_ path: String, maxSize: Int, acceptAny: Bool, analyst: Analyst) -> Outcome {
        let bytes: Data
        do {
            bytes = try InputReader.bytes(path: path, maxBytes: maxSize)
        } catch {
            return .failed("\(error)")
        }
        switch analyst.perform(.prepare(bytes: bytes, name: path, sourcePath: path, acceptAny: acceptAny)) {
        case .success(.prepared(let report)): return .report(report)
        case .success(.notAReport(let reason)): return .skipped(reason)
        case .success(.refused(let error)): return .failed("\(error)")
        case .success: return .failed("\(path): the analyzer gave an answer of another kind")
        case .failure(let death): return .failed("\(path): \(death); skipped")
        }
    }
}
