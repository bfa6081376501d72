import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi reanalyze`: analyzes the stored reports again from their original bytes, after the
/// analyzer or its data changed. The originals are never touched.
struct ReanalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanalyze", abstract: "Analyze stored reports again (after Fazhi's analyzer changed).")

    @OptionGroup var store: StoreOptions

    @Flag(help: "Re-analyze every report, not only those analyzed by another analyzer version.")
    var all = false

    @Option(name: .shortAndLong, help: "Reports analyzed at once (default: one per processor).")
    var jobs: Int = Parallel.processors

    func run() throws {
        let db = try store.open(access: .write)
        let total = try db.count()
        let progress = Progress(total: total, label: "reanalyze")
        var after: Int64 = 0
        var done = 0
        var updated = 0
        var failed: [String] = []
        while true {
            let originals = try db.originals(after: after, limit: 128)
            guard let last = originals.last else { break }
            after = last.id
            let stale = originals.filter { all || $0.analyzerVersion != Analyzer.version }
            let results = Parallel.map(stale.map { String($0.id) }, jobs: jobs) { idText -> (Int64, IncomingReport?) in
                let id = Int64(idText) ?? 0
                guard let original = stale.first(where: { $0.id == id }) else { return (id, nil) }
                return (id, try? IncomingReport.analyze(bytes: original.bytes, name: original.name, sourcePath: original.sourcePath))
            }
            for (id, report) in results {
                if let report {
                    try db.replaceAnalysis(report, id: id)
                    updated += 1
                } else {
                    failed.append("report \(id)")
                }
            }
            done += originals.count
            progress.update(done)
        }
        progress.finish()
        Standard.err("re-analyzed \(updated) of \(total) report(s) with \(Analyzer.version)" + (failed.isEmpty ? "" : "; failed: \(failed.joined(separator: ", "))"))
        if !failed.isEmpty { throw ExitCode(1) }
    }
}
