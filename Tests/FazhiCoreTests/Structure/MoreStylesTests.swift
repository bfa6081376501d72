import Foundation
import Testing
@testable import FazhiCore

/// More of the styles real reports come in: a province's report to the State Council, a report
/// from before the 2019 规定, 第一部分 headings, a .docx.
struct MoreStylesTests {
    @Test func provinceReportBeforeTheRulesGetsNoticesNotErrors() {
        let text = """
            广东省人民政府关于2016年度法治政府建设情况的报告
            国务院：
            　　2016年，我省深入贯彻落实党的十八届四中全会精神，现将有关情况报告如下：
            　　一、2016年法治政府建设主要进展
            　　（一）依法全面履行政府职能。省级行政审批事项精简至283项。
            　　（二）完善依法行政制度体系。全年审查省政府规范性文件58件。
            　　二、存在的问题
            　　一些地方和部门对法治政府建设重视不够。
            　　三、2017年工作安排
            　　全面实施法治政府建设实施纲要。
            广东省人民政府
            2017年3月28日
            """
        let a = Fixture.analyze(text)
        #expect(a.metadata.jurisdiction == "广东省")
        #expect(a.metadata.level == .province)
        #expect(a.metadata.reportYear == 2016)
        #expect(a.metadata.addressee == "国务院")
        #expect(a.partKinds == [.measures, .shortcomings, .plan])
        let missing = a.findings.first { $0.rule == "parts.missing" && $0.subject == "leadership" }
        #expect(missing?.severity == .notice)
    }

    @Test func cityReportWithPartHeadingsAndNumberedItems() {
        let text = """
            成都市人民政府2022年法治政府建设情况报告
            第一部分 2022年推进法治政府建设的主要举措和成效
            1、深化“放管服”改革。全年办理行政许可事项12.6万件。
            2、推进严格规范公正文明执法。全年查处违法案件2400余件。
            第二部分 存在的不足和原因
            法治政府建设推进不够平衡。
            第三部分 党政主要负责人履行推进法治建设第一责任人职责情况
            市政府主要负责同志带头讲法治课。
            第四部分 2023年主要安排
            持续推进法治政府建设。
            """
        let a = Fixture.analyze(text)
        #expect(a.metadata.jurisdiction == "四川省成都市")
        #expect(a.metadata.level == .city)
        #expect(a.partKinds == [.measures, .shortcomings, .leadership, .plan])
        #expect(a.outline.first?.children.count == 2)
        #expect(a.quantities.contains { $0.indicator == "enforcement.cases" && $0.value == 2400 && $0.approx == .over })
    }

    @Test func docxReportIsAnalyzedWithRangesIntoItsText() throws {
        let paragraphs = [
            "怀柔区司法局2023年度法治政府建设情况报告",
            "一、2023年主要举措和成效",
            "全年受理法律援助案件469件，解答群众咨询7.3万人次。",
            "二、存在的不足和原因", "基层法律服务力量不足。",
            "三、主要负责人履行推进法治建设第一责任人职责情况", "局主要负责人带头学法。",
            "四、2024年工作安排", "继续推进公共法律服务体系建设。",
            "北京市怀柔区司法局", "2024年2月20日",
        ]
        let body = paragraphs.map { "<w:p><w:r><w:t>\($0)</w:t></w:r></w:p>" }.joined()
        let data = try DocxWriter.docx(body: body)
        let document = try InputReader.decode(data: data, name: "report.docx")
        #expect(document.format == .docx)
        let a = Analyzer().analyze(document)
        #expect(a.metadata.title == "怀柔区司法局2023年度法治政府建设情况报告")
        #expect(a.metadata.level == .department)
        #expect(a.metadata.jurisdiction == "北京市怀柔区")
        #expect(a.metadata.signedOn == "2024-02-20")
        #expect(a.partKinds == [.measures, .shortcomings, .leadership, .plan])
        let aid = try #require(a.quantities.first { $0.indicator == "legal_aid.cases" })
        let text = Array(document.original.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[aid.range.asRange])) == "469件")
        #expect(a.quantities.contains { $0.indicator == "legal_consultations" && $0.value == 73000 })
    }
}
