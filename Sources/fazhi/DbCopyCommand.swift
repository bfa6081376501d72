import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiStoreFactory
import Foundation

/// `fazhi db copy --from A --to B`: every report of one store into another — an office's SQLite
/// file to the province's PostgreSQL server, or back. Reports are copied from their original
/// bytes and analyzed again (so the copy holds this version's analysis, and the content key
/// decides duplicates as in an ingest: copying twice stores nothing new).
struct DbCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy", abstract: "Copy every report from one database to another (sqlite:PATH or postgres://…).")

    @Option(help: "The database to copy from: a SQLite file (sqlite:PATH or a path) or postgres://….")
    var from: String

    @Option(help: "The database to copy into (created and migrated if needed).")
    var to: String

    @Option(name: .shortAndLong, help: "Reports analyzed at once (default: one per processor).")
    var jobs: Int = Parallel.processors

    @Option(help: "Reports stored per transaction.")
    var batch: Int = 64

    @Flag(help: "No progress output, only the summary.")
    var quiet = false

    func validate() throws {
        if from == to { throw ValidationError("--from and --to name the same database") }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let source: any ReportStore, target: any ReportStore
        do {
            source = try StoreFactory.open(from)
            target = try StoreFactory.open(to, access: .write)
        } catch {
            Standard.err("fazhi: \(error)")
            throw ExitCode(1)
        }
        defer { source.close(); target.close() }
        let total = try source.count()
        let progress = Progress(total: total, label: "copy")
        var after: Int64 = 0, done = 0, stored = 0, duplicates = 0
        var failed: [String] = []
        while true {
            let originals = try source.originals(after: after, limit: batch)
            guard let last = originals.last else { break }
            after = last.id
            let prepared = Parallel.map(originals, jobs: jobs) { original -> Result<PreparedReport, CopyFailure> in
                do {
                    return .success(try IncomingReport.analyze(bytes: original.bytes, name: original.name,
                                                               sourcePath: original.sourcePath).prepared())
                } catch {
                    return .failure(CopyFailure(message: "report \(original.id) (\(original.name)): \(error)"))
                }
            }
            let reports = prepared.compactMap { try? $0.get() }
            failed += prepared.compactMap { if case .failure(let f) = $0 { f.message } else { nil } }
            do {
                let outcomes = try target.save(prepared: reports)
                let new = outcomes.filter { if case .stored = $0 { true } else { false } }.count
                stored += new
                duplicates += outcomes.count - new
            } catch {
                progress.finish()
                Standard.err("fazhi: \(target.location): storing failed after \(stored) report(s), nothing of the failing batch was stored (\(error)); run the copy again to store the rest")
                throw ExitCode(1)
            }
            done += originals.count
            if !quiet { progress.update(done) }
        }
        progress.finish()
        BulkLoadSettling.settle(target, stored: stored, quiet: quiet)
        for f in failed { Standard.err("fazhi: \(f)") }
        Standard.err("copied \(done) report(s) from \(source.location) to \(target.location): \(stored) stored, \(duplicates) already there, \(failed.count) failed\n")
        if !failed.isEmpty { throw ExitCode(1) }
    }

    struct CopyFailure: Error {
        var message: String
    }
}
