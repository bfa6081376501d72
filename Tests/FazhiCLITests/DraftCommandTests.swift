import Foundation
import Testing

/// `fazhi draft` as a user runs it: a clean draft, a ledger with mistakes, a draft the self-check stops,
/// and last year's report carried in from a file and from the corpus.
struct DraftCommandTests {
    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-draft-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static var ledger: String {
        get throws { try String(contentsOf: CLI.packageRoot.appendingPathComponent("samples/ledgers/wuqing-2023.yaml"), encoding: .utf8) }
    }

    @Test(arguments: ["docx", "md", "txt"])
    func draftsTheSampleLedger(_ ext: String) throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("report.\(ext)").path
        let run = try CLI.run(["draft", "samples/ledgers/wuqing-2023.yaml", "-o", out])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("wrote \(out)"))
        let analyze = try CLI.run(["analyze", "--format", "json", out])
        #expect(analyze.status == 0)
        #expect(!analyze.stdout.contains("\"parts.missing\"") && !analyze.stdout.contains("\"consistency."))
        #expect(analyze.stdout.contains("\"reconsideration.correction_rate\""))
    }

    @Test func ledgerMistakesAreListedWithTheirLines() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.yaml")
        try Self.ledger.replacingOccurrences(of: "enforcement.cases: 107", with: "enforcement.case: 107")
            .write(to: bad, atomically: true, encoding: .utf8)
        let line = try #require(try Self.ledger.components(separatedBy: "\n").firstIndex { $0.contains("enforcement.cases: 107") }) + 1
        let run = try CLI.run(["draft", bad.path, "-o", dir.appendingPathComponent("r.docx").path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(bad.path):\(line):7: error: measures[5].figures.enforcement.case: unknown indicator"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("r.docx").path))
    }

    @Test func selfCheckStopsAnInconsistentRateUnlessForced() throws {
        let dir = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ledger = dir.appendingPathComponent("l.yaml")
        try Self.ledger.replacingOccurrences(of: "correction_rate: 16.06", with: "correction_rate: 21.08")
            .write(to: ledger, atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("r.txt").path
        let stopped = try CLI.run(["draft", ledger.path, "-o", out])
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("error consistency.rate [reconsideration.correction_rate]"))
        #expect(stopped.stderr.contains("was not written"))
        #expect(!FileManager.default.fileExists(atPath: out))
        let forced = try CLI.run(["draft", "--force", ledger.path, "-o", out])
        #expect(forced.status == 0)
        #expect(FileManager.default.fileExists(atPath: out))
    }

    @Test func unknownOutputExtensionIsRefused() throws {
        let run = try CLI.run(["draft", "samples/ledgers/wuqing-2023.yaml", "-o", "/tmp/report.pdf"])
        #expect(run.status != 0)
        #expect(run.stderr.contains(".docx, .md or .txt"))
    }

    @Test func previousReportFromTheCorpusBecomesAChecklist() throws {
        try CLI.withSampleCorpus { db, dir in
            let list = try CLI.run(["list", "--db", db, "--year", "2023"])
            let id = try #require(list.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first)
            let ledger = dir.appendingPathComponent("l.yaml")
            var text = try Self.ledger
            for (old, new) in [("year: 2023", "year: 2024"), ("signed: 2024-02-20", "signed: 2025-02-20")] {
                text = text.replacingOccurrences(of: old, with: new)
            }
            try text.write(to: ledger, atomically: true, encoding: .utf8)
            let out = dir.appendingPathComponent("r.txt").path

            let carried = try CLI.run(["draft", ledger.path, "--previous", String(id), "--db", db, "-o", out])
            #expect(carried.status == 1)
            #expect(carried.stderr.contains("7 checklist items"))
            let updated = try String(contentsOf: ledger, encoding: .utf8)
            #expect(updated.contains("previous:\n  year: 2023"))
            #expect(updated.contains("    reconsideration.concluded: 218"))

            let pending = try CLI.run(["draft", ledger.path, "-o", out])
            #expect(pending.status == 1)
            #expect(pending.stderr.contains("still pending"))

            try updated.replacingOccurrences(of: "status: pending", with: "status: rectified")
                .write(to: ledger, atomically: true, encoding: .utf8)
            let drafted = try CLI.run(["draft", ledger.path, "-o", out])
            #expect(drafted.status == 0, "\(drafted.stderr)")
            let report = try String(contentsOfFile: out, encoding: .utf8)
            #expect(report.contains("全年办结行政复议案件218件，与上年持平"))
            #expect(report.contains("逐项抓好整改落实：一是法治政府建设工作整体推进不均衡"))
        }
    }
}
