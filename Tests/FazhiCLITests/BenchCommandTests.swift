import Foundation
import Testing

/// `fazhi bench corpus` runs end to end on a small corpus (its numbers are reported, not asserted).
struct BenchCommandTests {
    @Test func corpusBenchIngestsThenMeasuresSearch() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("b.sqlite").path
        let run = try CLI.run(["bench", "corpus", "--reports", "samples", "--db", db, "--repeats", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ingest   5 reports"))
        #expect(run.stdout.contains("peak memory"))
        #expect(run.stdout.contains("search   "))
        #expect(run.stdout.contains("p95"))
        // The database is kept when --db is given, and search alone can be measured on it.
        let again = try CLI.run(["bench", "corpus", "--db", db, "--repeats", "1"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("corpus   5 reports"))
        #expect(!again.stdout.contains("ingest   "))
    }

    /// `fazhi bench scaling` at a small scale: each row is measured at 1×, 4× and 16× its size, and
    /// the inputs grow as said (the times are printed, never asserted).
    @Test func scalingBenchMeasuresEachRowAtThreeSizes() throws {
        let run = try CLI.run(["bench", "scaling", "--scale", "0.02", "--runs", "1", "--json",
                               "--rows", "sentence,line,headings,ledger"])
        #expect(run.status == 0, "\(run.stderr)")
        struct Row: Decodable {
            var row: String
            var counts: [Int]
            var bytes: [Int]
            var seconds: [Double]
        }
        let rows = try JSONDecoder().decode([Row].self, from: Data(run.stdout.utf8))
        #expect(rows.map(\.row) == ["figures, two a sentence", "figures, one comma-separated line", "headings",
                                    "ledger measures, drafted to .docx"])
        for row in rows {
            #expect(row.counts == [1, 4, 16].map { $0 * row.counts[0] }, "\(row.row)")
            #expect(row.bytes[0] < row.bytes[1] && row.bytes[1] < row.bytes[2], "\(row.row)")
            #expect(row.seconds.count == 3 && row.seconds.allSatisfy { $0 >= 0 }, "\(row.row)")
        }
    }

    @Test func corpusBenchWithoutReportsOrDatabaseIsAUsageError() throws {
        let run = try CLI.run(["bench", "corpus"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--reports"))
    }
}
