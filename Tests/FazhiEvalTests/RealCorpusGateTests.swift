import FazhiCore
import Foundation
import Testing
@testable import FazhiEval

/// The analyzer on the labelled corpus of real reports, held to the gate (data/eval/gate.json):
/// CI fails when a change makes any metric fall below what was measured.
@Suite struct RealCorpusGateTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("data/eval/real").path
    static let gate = root.appendingPathComponent("data/eval/gate.json").path

    @Test func theCorpusMeetsTheGate() throws {
        let documents = try EvalCorpus.load(Self.corpus)
        let result = Evaluation().run(documents)
        let violations = try EvalGate.load(Self.gate).violations(result)
        #expect(violations.isEmpty, "\(violations.joined(separator: "\n"))\n\(result.render(corpus: Self.corpus, missesOf: [.dev], maxMisses: 60))")
    }

    @Test func theCorpusIsWhatTheIssueAsks() throws {
        let documents = try EvalCorpus.load(Self.corpus)
        let reports = documents.filter(\.label.isReport)
        #expect(reports.count >= 150)
        let levels = Set(reports.compactMap(\.label.metadata.level))
        #expect(levels.isSuperset(of: ["province", "city", "district", "township", "department"]))
        let provinces = Set(reports.compactMap { $0.label.metadata.jurisdiction.flatMap(Self.province) })
        #expect(provinces.count >= 25, "provinces: \(provinces.sorted())")
        let years = Set(reports.compactMap(\.label.metadata.reportYear))
        #expect(years.isSuperset(of: Set(2016...2025)), "years: \(years.sorted())")
        #expect(reports.filter { $0.label.script == "traditional" }.count >= 10)
        #expect(reports.filter { $0.label.messy == true }.count >= 40)
        let kinds = Set(documents.map(\.label.docType))
        #expect(kinds.isSuperset(of: DocumentKind.allCases.map(\.rawValue)))
        // Every label's figures can be found in its text (the eval counts them as label errors otherwise).
        let errors = Evaluation().run(documents).tallies.values.map(\.labelErrors).reduce(0, +)
        #expect(errors == 0)
    }

    /// The province a jurisdiction path starts with (湖北省十堰市房县 → 湖北省).
    static func province(_ path: String) -> String? {
        for end in ["省", "自治区", "市"] {
            if let r = path.range(of: end) { return String(path[..<r.upperBound]) }
        }
        return nil
    }
}
