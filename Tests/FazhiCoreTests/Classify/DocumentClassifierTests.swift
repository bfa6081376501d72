import Testing
@testable import FazhiCore

/// The document type of composed openings: a report and each of its neighbours.
struct DocumentClassifierTests {
    func kind(_ text: String) -> DocumentClassification {
        Fixture.analyze(text).document ?? DocumentClassification(kind: .ruleOfLawReport, confident: true)
    }

    @Test func aRuleOfLawReport() {
        let c = kind("怀柔区2024年法治政府建设年度情况报告\n2024年，怀柔区坚持以习近平法治思想为指导。现将有关情况报告如下：\n一、主要举措和成效\n")
        #expect(c.kind == .ruleOfLawReport)
        #expect(c.reportScore >= DocumentClassification.minimumReportScore)
    }

    @Test(arguments: [
        ("2023年某县政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n", DocumentKind.infoDisclosureReport),
        ("政府工作报告\n——2023年1月5日在某县第十八届人民代表大会第二次会议上\n各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n", .governmentWorkReport),
        ("某市2024年法治政府建设工作要点\n为深入推进依法行政，结合实际，制定本要点。\n", .plan),
        ("《某区2023年法治政府建设情况报告》解读\n一、起草背景\n", .news),
        ("6月25日，某县组织召开法治政府建设年度报告评议会，对各部门报送的报告进行评议。会议指出，\n", .news),
        ("关于做好2023年政府信息公开工作年度报告编制和发布工作的有关事项的通知\n各区人民政府：\n", .other),
    ])
    func neighboursAreToldApart(_ text: String, _ expected: DocumentKind) {
        let c = kind(text)
        #expect(c.kind == expected, "\(c.cues)")
        #expect(c.isConfidentlyOther)
    }

    /// A news story about a report that names the report in its title is not set aside on thin evidence:
    /// the report is the default.
    @Test func weakEvidenceKeepsTheDocument() {
        let c = kind("2022年，某县深入推进法治政府建设，法治政府建设取得新成效。近日，\n")
        #expect(!c.isConfidentlyOther)
    }

    @Test func aReadmeDoesNotReadAsAReport() {
        let a = Fixture.analyze("# Sample reports\n\nFive real 法治政府建设年度报告, copied verbatim.\n")
        #expect(!a.readsAsReport)
        let report = Fixture.analyze("2024年，怀柔区坚持以习近平法治思想为指导，深入推进法治政府建设。\n")
        #expect(report.readsAsReport)
    }

    @Test func theAnalysisJSONCarriesTheKind() throws {
        let json = String(decoding: Fixture.analyze("某市2024年法治政府建设工作要点\n为深入推进依法行政，结合实际，制定本要点。\n").json(), as: UTF8.self)
        #expect(json.contains("\"kind\" : \"plan\"") || json.contains("\"kind\":\"plan\""))
        #expect(json.contains("reportScore"))
    }
}
