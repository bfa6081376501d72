import Testing
@testable import FazhiCore

/// Taiwan phrasing in traditional reports is mapped to mainland terms, length for length, and
/// mainland legal terms are never damaged (what OpenCC's tw2sp would do to them).
struct PhraseMapTests {
    static let taiwanPhrasing: [(String, String)] = [
        ("嚴格落實重大行政決策程式", "严格落实重大行政决策程序"),
        ("依申請公開政府資訊答復率達100%", "依申请公开政府信息答复率达100%"),
        ("高品質完成規劃任務", "高质量完成规划任务"),
        ("行政執法規範化水準得到新加強", "行政执法规范化水平得到新加强"),
        ("推進法治政府建設成果人民共用", "推进法治政府建设成果人民共享"),
        ("建設數位政府", "建设数字政府"),
    ]

    @Test(arguments: taiwanPhrasing)
    func taiwanPhrasingReadsAsMainlandTerms(_ pair: (String, String)) {
        let padding = "懷柔區堅持依法行政,紮實推進法治政府建設各項工作。"
        let input = Array((padding + pair.0).unicodeScalars)
        let result = ScriptNormalizer.shared.normalize(input)
        #expect(result.script == .traditional)
        #expect(result.simplified.count == input.count)
        #expect(String(scalars: result.simplified) == ScriptNormalizer.shared.simplify(padding) + pair.1)
    }

    @Test(arguments: ["行政程序", "法定程序", "規範性文件", "建立健全", "整合資源", "效能提升", "核心要義", "智慧城市", "公共用地", "程式化"])
    func mainlandTermsAreNotRewritten(_ term: String) {
        let simplified = ScriptNormalizer.shared.simplify(term)
        // Character conversion only: the same characters as OpenCC t2s gives, no vocabulary swap.
        let t2s = (try? OpenCCConverter(config: "t2s"))?.convert(term)
        #expect(simplified == t2s)
    }

    @Test func simplifiedInputIsLeftAsItIs() {
        let text = "推动数据资源共用共享,规范行政程序,提升执法水准。"
        let result = ScriptNormalizer.shared.normalize(Array(text.unicodeScalars))
        #expect(result.script == .simplified)
        #expect(String(scalars: result.simplified) == text)
    }

    @Test func everyEntryKeepsItsLength() {
        for entry in PhraseMap.shared.entries {
            #expect(entry.from.unicodeScalars.count == entry.to.unicodeScalars.count, "\(entry.from)")
        }
    }
}
