import Testing
@testable import FazhiCore

/// Reports composed in the styles real ones are written in: the analyzer must read their
/// structure and metadata without knowing them.
struct ComposedReportTests {
    @Test func cityReportWithSplitTitleAndFullWidthPunctuation() throws {
        let a = Fixture.analyze(try Fixture.text("composed/city-2018-split-title.txt"))
        #expect(a.metadata.title == "嘉兴市人民政府关于2018年度法治政府建设情况的报告")
        #expect(a.metadata.issuer == "嘉兴市人民政府")
        #expect(a.metadata.reportYear == 2018)
        #expect(a.metadata.publishedOn == "2019-03-20")
        #expect(a.metadata.signedOn == "2019-03-15")
        #expect(a.metadata.addressee == "市人大常委会")
        #expect(a.partKinds == [.measures, .shortcomings, .leadership, .plan])
        #expect(!a.findings.contains { $0.rule == "parts.missing" })
    }

    @Test func departmentReportWithLabelsAndParenthesizedTopLevel() throws {
        let a = Fixture.analyze(try Fixture.text("composed/department-2022-docno.txt"))
        #expect(a.metadata.title == "朝阳区司法局2022年度法治政府建设年度情况报告")
        #expect(a.metadata.documentNumber == "朝司发〔2023〕5号")
        #expect(a.metadata.indexNumber == "11010500-2023-0008")
        // 发布时间, not 成文日期.
        #expect(a.metadata.publishedOn == "2023-02-27")
        #expect(a.metadata.signedOn == "2023-02-20")
        #expect(a.metadata.issuer == "北京市朝阳区司法局")
        #expect(a.metadata.reportYear == 2022)
        #expect(a.partKinds == [.measures, .shortcomings, .leadership, .plan])
    }

    @Test(arguments: ["三、当前存在的主要问题", "三、存在的薄弱之处"])
    func shortcomingsHeadingsWithoutTheWordsProblemOrShortfall(heading: String) {
        let text = """
            某县2023年度法治政府建设情况报告
            一、主要举措和成效
            (一)聚焦群众反映的主要问题,推进行政执法规范化。全年办理行政复议案件12件。
            二、党政主要负责人履行推进法治建设第一责任人职责情况
            县委、县政府主要负责人带头学法。
            \(heading)
            行政执法队伍专业化水平有待提高。
            四、2024年工作安排
            持续推进严格规范公正文明执法。
            """
        let a = Fixture.analyze(text)
        #expect(a.partKinds == [.measures, .leadership, .shortcomings, .plan])
    }

    @Test func townshipSummaryMissingTwoParts() throws {
        let a = Fixture.analyze(try Fixture.text("composed/township-missing-parts.txt"))
        #expect(a.metadata.title == "赤城镇2019年法治政府建设工作总结")
        #expect(a.metadata.signedOn == "2020-01-10")
        #expect(a.metadata.level == .township)
        #expect(a.partKinds == [.measures, .plan])
        #expect(a.has("parts.missing", "shortcomings"))
        #expect(a.has("parts.missing", "leadership"))
        #expect(!a.has("parts.missing", "measures"))
        #expect(!a.has("parts.missing", "plan"))
    }

    @Test func reportWithoutTitleGetsAFindingAndTakesTheYearFromItsOpening() {
        let text = """
            2023年,我县坚持依法行政。现将有关情况报告如下:
            一、主要举措和成效
            推进严格规范公正文明执法。
            二、存在不足及原因
            执法规范化水平还需提升。
            三、2023年党政主要负责人履行推进法治建设第一责任人职责情况
            带头学法。
            四、2024年主要安排
            持续推进。
            """
        let a = Fixture.analyze(text)
        #expect(a.metadata.title == nil)
        #expect(a.metadata.reportYear == 2023)
        #expect(a.has("metadata.missing", "title"))
        #expect(a.partKinds == [.measures, .shortcomings, .leadership, .plan])
    }

    @Test func praiseOfAdvancedExperienceIsNotAShortcomingsPart() {
        let text = """
            某区2021年法治政府建设情况报告
            一、2021年法治政府建设工作情况
            我区认真学习借鉴先进经验,法治政府建设取得新成效。
            各部门对照问题清单整改,存在的问题已整改到位。
            二、2022年工作安排
            继续推进。
            """
        let a = Fixture.analyze(text)
        #expect(!a.parts.contains { $0.kind == .shortcomings })
        #expect(a.has("parts.missing", "shortcomings"))
    }

    @Test func shortcomingsParagraphWithoutHeadingIsFound() {
        let text = """
            某县人民政府关于2020年法治政府建设情况的报告
            一、2020年法治政府建设工作情况
            (一)深化放管服改革。推进审批制度改革。
            2020年,我县法治政府建设取得积极成效,但仍然存在一些不足:基层执法力量薄弱;法治宣传针对性不强。
            二、2021年工作思路
            一是加强组织领导。
            """
        let a = Fixture.analyze(text)
        #expect(a.partKinds == [.measures, .shortcomings, .plan])
        let inline = a.parts.first { $0.kind == .shortcomings }
        #expect(inline?.inline == true)
    }
}
