import Foundation
import Testing

/// `fazhi similar` run as a user runs it: on the samples, on a composed copy, on a missing file.
struct SimilarCommandTests {
    static let a = "samples/000_6fb21ec396b5b360.txt"
    static let b = "samples/002_d673bbc54b047a03.txt"

    /// Sample 002 with its shortcomings part replaced by 000's, the year changed.
    func copyOfShortcomings() throws -> URL {
        let root = CLI.packageRoot
        let source = try String(contentsOf: root.appendingPathComponent(Self.a), encoding: .utf8)
        let target = try String(contentsOf: root.appendingPathComponent(Self.b), encoding: .utf8)
        let s = Array(source.unicodeScalars)
        let t = Array(target.unicodeScalars)
        // The shortcomings parts as `fazhi analyze` finds them: 000 [1699, 1899), 002 [2317, 2535).
        var copied = String.UnicodeScalarView()
        copied.append(contentsOf: t[0..<2317])
        copied.append(contentsOf: String(String.UnicodeScalarView(s[1699..<1899])).replacingOccurrences(of: "2020", with: "2023").unicodeScalars)
        copied.append(contentsOf: t[2535...])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-similar-copy-\(UUID().uuidString).txt")
        try String(copied).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func independentSamplesAreNotCopies() throws {
        let run = try CLI.run(["similar", Self.a, Self.b])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("【存在的不足和原因】"))
        let verdictLines = run.stdout.split(separator: "\n").filter { $0.contains("】") }
        #expect(verdictLines.count == 4)
        #expect(verdictLines.allSatisfy { $0.contains("不同") }, "\(run.stdout)")
    }

    @Test func copiedShortcomingsAreReportedWithTheirPassage() throws {
        let copy = try copyOfShortcomings()
        defer { try? FileManager.default.removeItem(at: copy) }
        let run = try CLI.run(["similar", "--format", "json", "--against", Self.a, Self.b, copy.path])
        #expect(run.status == 0, "\(run.stderr)")
        let pairs = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(pairs.count == 2)
        #expect(pairs.map { $0["verdict"] as? String } == ["distinct", "copied"])
        let parts = try #require(pairs[1]["parts"] as? [[String: Any]])
        let shortcomings = try #require(parts.first { $0["kindA"] as? String == "shortcomings" })
        let passages = try #require(shortcomings["passages"] as? [[String: Any]])
        #expect(passages.count == 1)
        let range = try #require(passages.first?["a"] as? [String: Int])
        #expect((range["start"] ?? 0) > 1699 && (range["end"] ?? 0) <= 1899)
    }

    @Test func aMissingFileIsReportedAndTheOthersAreStillCompared() throws {
        let run = try CLI.run(["similar", Self.a, "no-such-report.txt", Self.b])
        #expect(run.status == 1)
        #expect(run.stderr.contains("no-such-report.txt"))
        #expect(run.stdout.contains("【存在的不足和原因】"))
    }

    @Test func oneReportAloneIsAUsageError() throws {
        let run = try CLI.run(["similar", Self.a])
        #expect(run.status == 64)
    }
}
