import Testing
@testable import FazhiCore

/// Measure paragraphs composed in report style, one per area of each edition: the tagger must
/// put the area first.
struct FrameworkTaggerTests {
    struct Case: Sendable, CustomStringConvertible {
        var area: String
        var paragraph: String
        var description: String { area }
    }

    static let cases2021: [Case] = [
        .init(area: "functions", paragraph: "(一)深化“放管服”改革。持续优化法治化营商环境,动态调整权责清单,推行证明事项告知承诺制,全年新增“一件事一次办”主题服务15项。"),
        .init(area: "rules", paragraph: "(二)加强行政规范性文件监督管理。严格落实合法性审核机制,全年审核规范性文件12件,全部报送备案审查;开展文件清理,废止文件8件。"),
        .init(area: "decisions", paragraph: "(三)严格落实重大行政决策程序。制定并公布年度重大行政决策事项目录,严格履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定等法定程序,充分发挥法律顾问作用。"),
        .init(area: "enforcement", paragraph: "(四)深化行政执法体制改革。全面落实行政执法“三项制度”,修订行政处罚裁量基准,开展执法案卷评查,推行柔性执法,全年办理行政处罚案件326件。"),
        .init(area: "emergencies", paragraph: "(五)健全突发事件应对体系。修订完善突发事件总体应急预案,开展防汛、森林防火应急演练12次,加强应急物资储备,提升依法处置能力。"),
        .init(area: "disputes", paragraph: "(六)推进矛盾纠纷多元化解。发挥行政复议化解行政争议主渠道作用,全年受理行政复议申请86件;加强行政调解,坚持和发展新时代“枫桥经验”,落实行政机关负责人出庭应诉制度。"),
        .init(area: "oversight", paragraph: "(七)自觉接受各方面监督。办理人大代表建议65件、政协委员提案107件;强化审计监督,全面推进政务公开,主动公开政府信息7330条;加快推进政务诚信建设。"),
        .init(area: "digital", paragraph: "(八)全面建设数字法治政府。建设全区统一的行政执法信息化平台,推进政务数据有序共享,深入推进“互联网+”监管,实现电子证照互认共享。"),
        .init(area: "leadership", paragraph: "(九)加强党对法治政府建设的领导。党政主要负责人切实履行推进法治建设第一责任人职责,区政府常务会议会前学法12次,开展年度述法,将法治建设纳入绩效考核。"),
        .init(area: "society", paragraph: "(十)深入推进“八五”普法。落实“谁执法谁普法”普法责任制,开展法治宣传活动150余场次,推进公共法律服务体系建设,办理法律援助案件469件。"),
    ]

    static let cases2015: [Case] = [
        .init(area: "functions", paragraph: "1.依法全面履行政府职能。深化行政审批制度改革,全面推行权力清单和责任清单制度,持续优化营商环境,推进“互联网+政务服务”,实现政务服务事项网上办理。"),
        .init(area: "rules", paragraph: "2.完善依法行政制度体系。加强规范性文件监督管理,严格合法性审核和备案审查,开展规章和规范性文件清理。"),
        .init(area: "decisions", paragraph: "3.推进行政决策科学化、民主化、法治化。完善重大行政决策程序,落实公众参与、专家论证、风险评估、合法性审查、集体讨论决定制度,全面推行政府法律顾问制度。"),
        .init(area: "enforcement", paragraph: "4.坚持严格规范公正文明执法。深化综合行政执法体制改革,推行行政执法公示、执法全过程记录、重大执法决定法制审核制度,规范行政处罚裁量基准。"),
        .init(area: "oversight", paragraph: "5.强化对行政权力的制约和监督。自觉接受人大监督、政协民主监督和司法监督,落实行政机关负责人出庭应诉制度,强化审计监督,全面推进政务公开。"),
        .init(area: "disputes", paragraph: "6.依法有效化解社会矛盾纠纷。加强行政复议工作,完善行政调解、行政裁决制度,改革信访工作制度,健全矛盾纠纷多元化解机制。"),
        .init(area: "capacity", paragraph: "7.全面提高政府工作人员法治思维和依法行政能力。坚持领导干部会前学法制度,组织依法行政专题培训6期,开展学法用法考试,组织旁听庭审。"),
        .init(area: "leadership", paragraph: "8.加强组织领导。落实党政主要负责人履行推进法治建设第一责任人职责,将法治政府建设纳入绩效考核,开展法治督察,扎实推进法治政府建设示范创建。"),
        .init(area: "society", paragraph: "9.深入开展普法宣传。落实“谁执法谁普法”普法责任制,开展“七五”普法总结验收,推进公共法律服务体系建设。"),
    ]

    @Test(arguments: cases2021)
    func paragraphOfA2023ReportLeadsWithItsArea(_ c: Case) {
        #expect(ComposedFramework.areas(of: c.paragraph, year: 2023).first == c.area)
    }

    @Test(arguments: cases2015)
    func paragraphOfA2019ReportLeadsWithItsArea(_ c: Case) {
        #expect(ComposedFramework.areas(of: c.paragraph, year: 2019).first == c.area)
    }

    @Test func everyAreaOfBothEditionsHasACase() throws {
        let e2021 = try #require(FrameworkEdition.edition("2021"))
        let e2015 = try #require(FrameworkEdition.edition("2015"))
        #expect(Set(Self.cases2021.map(\.area)) == Set(e2021.areas.map(\.id)))
        #expect(Set(Self.cases2015.map(\.area)) == Set(e2015.areas.map(\.id)))
    }

    @Test func courtAppearanceIsOversightIn2019AndDisputesIn2023() {
        let paragraph = "1.加强行政应诉工作。落实行政机关负责人出庭应诉制度,全年出庭应诉44人次,支持人民法院依法受理行政诉讼案件。"
        #expect(ComposedFramework.areas(of: paragraph, year: 2019).first == "oversight")
        #expect(ComposedFramework.areas(of: paragraph, year: 2023).first == "disputes")
    }

    @Test func studyingLawIsCapacityIn2019AndLeadershipIn2023() {
        let paragraph = "2.加强学法用法。组织领导干部会前学法12次,开展学法用法考试,组织旁听庭审。"
        #expect(ComposedFramework.areas(of: paragraph, year: 2019).first == "capacity")
        #expect(ComposedFramework.areas(of: paragraph, year: 2023).first == "leadership")
    }

    @Test func runInHeadingWeighsMoreThanTheBody() {
        // The same words: as a run-in heading the 放管服 sentence decides; as body text it does not.
        let body = "加强行政执法人员培训,规范行政执法行为。"
        #expect(ComposedFramework.areas(of: "1.深化“放管服”改革。" + body, year: 2023).first == "functions")
        #expect(ComposedFramework.areas(of: "深化“放管服”改革。" + body, year: 2023).first == "enforcement")
    }

    @Test func sectionHeadingCountsForTheParagraphsUnderIt() throws {
        let text = ComposedFramework.report(year: 2023, measures: [
            "(一)深入推进依法行政制度建设",
            "全年审核文件12件,清理文件8件,提出修改意见36条。",
        ])
        let analysis = Fixture.analyze(text)
        let paragraph = try #require(ComposedFramework.paragraph(analysis, text, startingWith: "全年审核"))
        #expect(paragraph.areas == ["rules"])
        #expect(paragraph.tags.first?.cues.contains { $0.word == "依法行政制度" && $0.heading } == true)
        // The heading alone on its line is not a paragraph.
        #expect(ComposedFramework.paragraph(analysis, text, startingWith: "(一)") == nil)
    }

    @Test func secondAreaIsKeptWhenASentenceIsAboutIt() {
        let paragraph = "(二)全力优化法治化营商环境。深入推进“放管服”改革,推出“一件事一次办”集成服务12个。持续推进政务诚信建设,树立公开、诚信的良好形象。"
        #expect(ComposedFramework.areas(of: paragraph, year: 2023) == ["functions", "oversight"])
    }

    @Test func praiseOfAdvancedExperienceTagsNothing() {
        #expect(ComposedFramework.areas(of: "我区认真学习借鉴先进经验,法治政府建设取得新成效。", year: 2023).isEmpty)
        #expect(ComposedFramework.areas(of: "各部门对照问题清单整改,存在的问题已整改到位。", year: 2023).isEmpty)
    }

    @Test func officeNamesAndLookalikesAreNotCues() {
        // 应急管理局 names an office; 设立法律顾问室 holds 立法 across a word boundary.
        let paragraph = "(四)规范行政执法。区应急管理局综合执法队开展执法检查,设立法律顾问室,规范执法行为。"
        #expect(ComposedFramework.areas(of: paragraph, year: 2023).first == "enforcement")
        #expect(!ComposedFramework.areas(of: paragraph, year: 2023).contains("emergencies"))
        #expect(!ComposedFramework.areas(of: paragraph, year: 2023).contains("rules"))
    }

    @Test func cuesPointAtTheirWordsInTraditionalText() throws {
        let text = ComposedFramework.report(year: 2024, measures: ["(一)深化「放管服」改革。持續優化營商環境,動態調整權責清單。"])
        let analysis = Fixture.analyze(text)
        let paragraph = try #require(analysis.framework?.paragraphs.first)
        #expect(paragraph.areas.first == "functions")
        let scalars = text.scalarArray
        let words = paragraph.tags[0].cues.map { String(scalars: scalars[$0.range.asRange]) }
        #expect(words.contains("營商環境"))
        #expect(words.contains("權責清單"))
    }

    @Test func paragraphsOutsideMeasuresAreNotTagged() {
        let text = ComposedFramework.report(year: 2023, measures: ["(一)深化“放管服”改革。优化营商环境。"],
                                            plan: "(一)健全突发事件应对体系。修订应急预案。")
        let analysis = Fixture.analyze(text)
        let areas = analysis.framework?.paragraphs.flatMap(\.areas) ?? []
        #expect(areas == ["functions"])
        // But the plan's 应急 is a mention.
        #expect(analysis.framework?.area("emergencies")?.mentions ?? 0 > 0)
    }
}

extension FrameworkTaggerTests {
    @Test func topLevelSectionsWithRunInTextAreParagraphs() throws {
        // A department report whose measures are its top-level sections, each with its text.
        let text = """
            某区司法局2023年度法治政府建设情况报告
            一、深化“放管服”改革。优化营商环境,动态调整权责清单。
            二、推进严格规范公正文明执法。全面落实行政执法“三项制度”。
            三、存在的不足和原因
            执法力量不足。
            四、2024年工作安排
            持续推进。
            """
        let a = Fixture.analyze(text)
        #expect(a.framework?.paragraphs.map(\.areas) == [["functions"], ["enforcement"]])
    }
}
