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

    @Test func corpusBenchWithoutReportsOrDatabaseIsAUsageError() throws {
        let run = try CLI.run(["bench", "corpus"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--reports"))
    }
}
