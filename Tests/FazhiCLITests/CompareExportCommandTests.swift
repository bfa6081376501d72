import Foundation
import Testing

/// `fazhi compare` and `fazhi export` on a corpus of the samples.
struct CompareExportCommandTests {
    @Test func compareAndExport() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        #expect(try CLI.run(["ingest", "--db", db, "--quiet", "samples"]).status == 0)

        let matrix = try CLI.run(["compare", "--db", db, "--indicators", "publicity.events"])
        #expect(matrix.status == 0)
        #expect(matrix.stdout.contains("1805场次"))
        #expect(matrix.stdout.contains("150场次(以上)"))

        let findings = try CLI.run(["compare", "--db", db, "--findings"])
        #expect(findings.stdout.contains("数据矛盾"))
        #expect(findings.stdout.contains("21.08%"))

        #expect(try CLI.run(["compare", "--db", db, "--years"]).status != 0)  // needs --jurisdiction

        let csv = try CLI.run(["export", "--db", db, "--format", "csv", "--table", "findings"])
        #expect(csv.status == 0 && csv.stdout.contains("consistency.rate"))
        let json = try CLI.run(["export", "--db", db, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: [[String: Any]]])
        #expect(object["reports"]?.count == 5)
        #expect(object["indicators"]?.contains { $0["indicator"] as? String == "legal_aid.cases" && $0["value"] as? Int == 469 } == true)
        #expect(try CLI.run(["export", "--db", db, "--format", "csv"]).status != 0)  // CSV holds one table
    }
}
