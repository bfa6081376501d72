import FazhiCore
import Foundation
import Testing
@testable import FazhiEval

@Suite struct EvaluationTests {
    @Test func theSplitIsAFifthAndStable() {
        let ids = (1...1000).map { "x\($0)" }
        let holdout = ids.filter { EvalSplit.of(id: $0) == .holdout }.count
        #expect((150...250).contains(holdout))
        #expect(EvalSplit.of(id: "a017") == EvalSplit.of(id: "a017"))
    }

    @Test func metadataComparesWithoutSpacesQuotesOrWidth() {
        #expect(MetadataMatch.same("《X市2023年度报告》", "X市 2023年度报告"))
        #expect(MetadataMatch.same(nil, nil))
        #expect(!MetadataMatch.same("北京市", nil))
        #expect(MetadataMatch.sameIssuer("北京市门头沟区人民政府", "门头沟区人民政府"))
        #expect(MetadataMatch.sameIssuer("中共浚县县委、浚县人民政府", "中共浚县县委 浚县人民政府"))
        #expect(!MetadataMatch.sameIssuer("门头沟区人民政府", "政府"))
        #expect(!MetadataMatch.sameIssuer("门头沟区人民政府", nil))
    }

    @Test func aFigureIsFoundByItsContextAndScored() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = """
            北京市怀柔区人民政府关于2023年法治政府建设情况的报告
            2023年，全区办理行政复议案件120件，审结115件。法律援助案件30件。
            """
        try text.write(to: dir.appendingPathComponent("z1.txt"), atomically: true, encoding: .utf8)
        let label = """
            {"id": "z1", "docType": "rule_of_law_report", "script": "simplified",
             "metadata": {"title": "北京市怀柔区人民政府关于2023年法治政府建设情况的报告", "issuer": "北京市怀柔区人民政府",
                          "jurisdiction": "北京市怀柔区", "level": "district", "reportYear": 2023, "publishedOn": null},
             "figures": [
               {"indicator": "reconsideration.concluded", "text": "115件", "value": 115, "unit": "件", "context": "审结115件"},
               {"indicator": "legal_consultations", "text": "30件", "value": 30, "unit": "件", "context": "法律援助案件30件"},
               {"indicator": "legal_aid.cases", "text": "99件", "value": 99, "unit": "件", "context": "不在文中99件"}
             ]}
            """
        try label.write(to: dir.appendingPathComponent("z1.json"), atomically: true, encoding: .utf8)
        let documents = try EvalCorpus.load(dir.path)
        let score = Evaluation().score(documents[0])
        #expect(score.fields.values.allSatisfy { $0 }, "\(score.fieldMisses)")
        #expect(score.figures.contains { $0.kind == .hit && $0.indicator == "reconsideration.concluded" })
        // A label that names the wrong indicator is a miss, and the analyzer's figure there is wrong.
        #expect(score.figures.contains { $0.kind == .miss && $0.indicator == "legal_consultations" })
        #expect(score.figures.contains { $0.kind == .wrong && $0.indicator == "legal_aid.cases" })
        #expect(score.labelErrors.count == 1)
        #expect(score.ungrounded.isEmpty)
    }

    @Test func theGateNamesEachBrokenBound() {
        var result = EvalResult()
        var s = DocumentScore(id: "a", goldKind: "rule_of_law_report")
        s.predictedKind = "news"
        s.setAside = true
        result.add(s, split: .dev)
        let gate = EvalGate(splits: ["dev": .init(min: ["doctype.accuracy": 0.9], max: ["doctype.reports_set_aside": 0])])
        let lines = gate.violations(result)
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("dev doctype.accuracy") })
        #expect(lines.contains { $0.hasPrefix("dev doctype.reports_set_aside") })
    }
}
