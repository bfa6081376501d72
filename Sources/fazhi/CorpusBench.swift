import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiStoreFactory
import Foundation

/// `fazhi bench corpus`: ingest of a folder of reports as a whole process (reports/s, peak
/// memory, database size), then search latency (p50/p95) on the stored corpus.
struct CorpusBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Measure ingest (reports/s, peak memory, database size) and search latency (p50/p95).")

    @Option(help: "A folder of reports to ingest (e.g. made by fazhi synth); without it, only search is measured on --db.")
    var reports: String?

    @Option(help: "Where to put the benchmark database: a SQLite file (default: a temporary one) or postgres://…; it is emptied first when --reports is given.")
    var db: String?

    func validate() throws {
        if reports == nil, db == nil { throw ValidationError("give --reports DIR to ingest, or --db FILE to measure search on a stored corpus") }
    }

    @Option(help: "Times each search query is run.")
    var repeats: Int = 20

    static let queries = ["复议", "行政复议", "復議", "规范性文件备案", "法律顾问 履职", "行政复议纠错", "12345", "依法行政 考核", "调解", "普法"]

    func run() throws {
        let path = db ?? NSTemporaryDirectory() + "fazhi-bench-\(getpid()).sqlite"
        if let reports {
            try Self.empty(path)
            let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
            let (seconds, status, peak) = try BenchTimer.measure([me, "ingest", "--quiet", "--db", path, reports],
                                                                 standardError: FileHandle.standardError)
            let opened = try StoreFactory.open(path)
            let count = try opened.count()
            let size = try Self.size(path, opened)
            opened.close()
            Standard.out(String(format: "ingest   %d reports in %.1f s: %.0f reports/s, peak memory %.0f MB, database %.0f MB (exit %d)\n",
                                count, seconds, Double(count) / seconds, Double(peak) / 1_048_576, Double(size) / 1_048_576, status))
        }
        let store = try StoreFactory.open(path)
        defer { store.close() }
        Standard.out("corpus   \(try store.count()) reports\n")
        var latencies: [Double] = []
        for q in Self.queries {
            var mine: [Double] = []
            var hits = 0
            for _ in 0..<max(1, repeats) {
                let t0 = DispatchTime.now().uptimeNanoseconds
                hits = try store.search(SearchRequest(query: q, filter: ReportFilter(limit: 20))).count
                mine.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
            mine.sort()
            latencies += mine
            Standard.out(String(format: "  %@  median %.1f ms, %d hits\n", q, mine[mine.count / 2], hits))
        }
        latencies.sort()
        let p = { (q: Double) in latencies[min(latencies.count - 1, Int(Double(latencies.count) * q))] }
        Standard.out(String(format: "search   %d queries × %d: p50 %.1f ms, p95 %.1f ms, max %.1f ms (top 20 each)\n",
                            Self.queries.count, repeats, p(0.5), p(0.95), latencies.last ?? 0))
        if db == nil, reports != nil { Self.removeDatabase(path) }
    }

    /// Empties the benchmark database: a SQLite file is removed, a PostgreSQL database truncated.
    static func empty(_ location: String) throws {
        guard case .postgres = StoreFactory.kind(of: location) else { return removeDatabase(location) }
        try StoreFactory.removeAllReports(location)
    }

    /// The database's size on disk, in bytes.
    static func size(_ location: String, _ store: any ReportStore) throws -> Int {
        guard case .sqlite(let path) = StoreFactory.kind(of: location) else { return try StoreFactory.databaseSize(store) }
        return fileSize(path) + fileSize(path + "-wal")
    }

    static func removeDatabase(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
