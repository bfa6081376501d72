import Foundation
import Testing

/// `fazhi analyze` as a user runs it: on the sample reports, on bad files, on standard input.
struct AnalyzeCommandTests {
    let sample = "samples/002_d673bbc54b047a03.txt"

    @Test func jsonFollowsTheContract() throws {
        let run = try CLI.run(["analyze", "--format", "json", sample])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let metadata = try #require(object["metadata"] as? [String: Any])
        #expect(metadata["jurisdiction"] as? String == "天津市武清区")
        #expect(metadata["reportYear"] as? Int == 2023)
        let parts = try #require(object["parts"] as? [[String: Any]])
        #expect(parts.map { $0["kind"] as? String } == ["measures", "shortcomings", "leadership", "plan"])
        let quantities = try #require(object["quantities"] as? [[String: Any]])
        let rate = try #require(quantities.first { $0["indicator"] as? String == "reconsideration.correction_rate" })
        #expect(rate["value"] as? Double == 21.08)
        // The range points at the figure in the file's text.
        let text = Array(try String(contentsOf: CLI.packageRoot.appendingPathComponent(sample), encoding: .utf8).unicodeScalars)
        let range = try #require(rate["range"] as? [String: Int])
        let start = try #require(range["start"]), end = try #require(range["end"])
        #expect(String(String.UnicodeScalarView(text[start..<end])) == "21.08%")
    }

    @Test func textOutputShowsMetadataPartsFiguresAndFindings() throws {
        let run = try CLI.run(["analyze", "samples/001_6400df55651fb672.txt"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("厦门市海沧区人民政府关于2020年法治政府建设情况的报告"))
        #expect(run.stdout.contains("福建省厦门市海沧区"))
        #expect(run.stdout.contains("【存在的不足和原因】(段落内)"))
        #expect(run.stdout.contains("normative_docs.retained"))
        #expect(run.stdout.contains("parts.missing:leadership"))
    }

    @Test func markdownOutputIsATable() throws {
        let run = try CLI.run(["analyze", "--format", "markdown", sample])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("## 武清区人民政府关于武清区2023年度法治政府建设情况的报告"))
        #expect(run.stdout.contains("| `reconsideration.corrected` | 35件 |"))
    }

    @Test func standardInputIsRead() throws {
        let text = try Data(contentsOf: CLI.packageRoot.appendingPathComponent(sample))
        let run = try CLI.run(["analyze", "--format", "json", "-"], stdin: text)
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"reportYear\" : 2023"))
    }

    @Test func badFilesAreReportedAndTheOthersStillAnalyzed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let binary = dir.appendingPathComponent("scan.pdf")
        try Data("%PDF-1.7\n\u{0}\u{1}binary".utf8).write(to: binary)
        let noise = dir.appendingPathComponent("noise.txt")
        try Data((0..<4000).map { _ in UInt8.random(in: 0x80...0xFF) }).write(to: noise)
        let big = dir.appendingPathComponent("big.txt")
        try Data(repeating: 0x41, count: 20_000).write(to: big)

        let run = try CLI.run(["analyze", "--format", "json", "--max-size", "12000", empty.path, binary.path,
                               noise.path, big.path, dir.path, "/no/such/report.txt", sample])
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.contains("empty.txt") && $0.contains("empty") })
        #expect(errors.contains { $0.contains("scan.pdf") && $0.contains("PDF") })
        #expect(errors.contains { $0.contains("noise.txt") && $0.contains("not text") })
        #expect(errors.contains { $0.contains("big.txt") && $0.contains("limit") })
        #expect(errors.contains { $0.contains(dir.lastPathComponent) && $0.contains("directory") })
        #expect(errors.contains { $0.contains("/no/such/report.txt") && $0.contains("no such file") })
        #expect(errors.last?.contains("1 of 7 files analyzed") == true)
        // The good file is still analyzed, and the output is valid JSON.
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 1)
        #expect(!run.stderr.contains("Fatal") && !run.stderr.contains("Backtrace"))
    }

    @Test func severalFilesKeepTheirOrderWhateverTheJobs() throws {
        let files = ["samples/004_89f07a14d81e159a.txt", "samples/000_6fb21ec396b5b360.txt", sample]
        let one = try CLI.run(["analyze", "--format", "json", "--jobs", "1"] + files)
        let two = try CLI.run(["analyze", "--format", "json", "--jobs", "2"] + files)
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [[String: Any]])
        let years = array.compactMap { ($0["metadata"] as? [String: Any])?["reportYear"] as? Int }
        #expect(years == [2024, 2020, 2023])
    }

    @Test func indicatorsCommandListsTheCatalog() throws {
        let run = try CLI.run(["indicators", "--format", "json"])
        #expect(run.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(list.count >= 40)
        #expect(list.contains { $0["id"] as? String == "litigation.head_appearances" && $0["unit"] as? String == "人次" })
    }

    @Test func usageErrorsExitNonZero() throws {
        let run = try CLI.run(["analyze", "--format", "yaml", sample])
        #expect(run.status != 0)
        #expect(run.stderr.contains("yaml"))
    }
}
