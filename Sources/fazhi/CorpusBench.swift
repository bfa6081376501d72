import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi bench corpus`: ingest of a folder of reports as a whole process (reports/s, peak
/// memory, database size), then search latency (p50/p95) on the stored corpus.
struct CorpusBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Measure ingest (reports/s, peak memory, database size) and search latency (p50/p95).")

    @Option(help: "A folder of reports to ingest (e.g. made by fazhi synth).")
    var reports: String

    @Option(help: "Where to put the benchmark database (default: a temporary file).")
    var db: String?

    @Option(help: "Times each search query is run.")
    var repeats: Int = 20

    static let queries = ["复议", "行政复议", "復議", "规范性文件备案", "法律顾问 履职", "行政复议纠错", "12345", "依法行政 考核", "调解", "普法"]

    func run() throws {
        let path = db ?? NSTemporaryDirectory() + "fazhi-bench-\(getpid()).sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let start = Date()
        let (status, peak) = try Self.runMeasured([me, "ingest", "--quiet", "--db", path, reports])
        let seconds = Date().timeIntervalSince(start)
        let store = try SQLiteStore(path: path)
        let count = try store.count()
        let size = Self.fileSize(path) + Self.fileSize(path + "-wal")
        Standard.out(String(format: "ingest   %d reports in %.1f s: %.0f reports/s, peak memory %.0f MB, database %.0f MB (exit %d)\n",
                            count, seconds, Double(count) / seconds, Double(peak) / 1_048_576, Double(size) / 1_048_576, status))
        var latencies: [Double] = []
        var hits = 0
        for _ in 0..<max(1, repeats) {
            for q in Self.queries {
                let t0 = DispatchTime.now().uptimeNanoseconds
                hits += try store.search(SearchRequest(query: q, filter: ReportFilter(limit: 20))).count
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            }
        }
        latencies.sort()
        let p = { (q: Double) in latencies[min(latencies.count - 1, Int(Double(latencies.count) * q))] }
        Standard.out(String(format: "search   %d queries × %d: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d hits, top 20 each)\n",
                            Self.queries.count, repeats, p(0.5), p(0.95), latencies.last ?? 0, hits))
        if db == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
    }

    /// Runs a command and returns its exit status and peak resident memory in bytes: the largest
    /// `ru_maxrss` among waited-for children, which is the ingest since it is our only child.
    static func runMeasured(_ command: [String]) throws -> (Int32, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.standardError
        try process.run()
        process.waitUntilExit()
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        return (process.terminationStatus, usage.ru_maxrss * 1024)
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
