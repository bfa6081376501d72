import Testing
@testable import FazhiCore

/// The rules that keep a figure from the indicator its cue suggests, or give it one its own clause
/// lacks, in sentences composed for the purpose.
struct IndicatorRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sentence: String
        var expected: [String]
        var testDescription: String { String(sentence.prefix(24)) }
    }

    static let cases: [Case] = [
        // What was not done is not the indicator.
        Case(sentence: "全年不予受理行政复议申请3件。", expected: []),
        Case(sentence: "对初次轻微违法行为依法不予处罚案件15件。", expected: []),
        // A rule's frequency is not the year's count; a split is not a count.
        Case(sentence: "建立学法制度,每季度集体学法不少于1次。", expected: []),
        Case(sentence: "分三期对全体执法人员进行集中培训。", expected: []),
        // A part after 其中 is not counted again for its total's indicator; a part that is itself
        // an indicator is.
        Case(sentence: "举办法治培训12期,其中执法人员专题培训5期。", expected: ["training.sessions=12"]),
        Case(sentence: "全年收到行政复议申请86件,其中审结80件。",
             expected: ["reconsideration.received=86", "reconsideration.concluded=80"]),
        // Titles between the cue and the figure: laws and plans are not normative documents.
        Case(sentence: "推动出台《物业管理条例》《养犬管理条例》等3部地方性法规。", expected: []),
        Case(sentence: "印发《2024年法治政府建设工作要点》等文件2份。", expected: []),
        // Units and departments reached are not the work counted.
        Case(sentence: "法治专题培训覆盖12个部门。", expected: []),
        Case(sentence: "开展规范性文件清理,涉及8个部门。", expected: []),
        // A list of different activities counted together belongs to none of them.
        Case(sentence: "开展专题学习、专题培训、宣传宣讲等活动80余场。", expected: []),
        // A clause that only links back counts what the clause before did.
        Case(sentence: "组织法治培训40场次,覆盖800余人次。",
             expected: ["training.sessions=40", "training.participants=800"]),
        // Two measures of one thing, and list items with the same head noun.
        Case(sentence: "组织集中考法3场、210人次。", expected: ["exam.participants=210"]),
        Case(sentence: "完成“双随机”国家任务12个、省级任务8个。",
             expected: ["enforcement.inspections=12", "enforcement.inspections=8"]),
        // After the figure, the head noun after 的 is what is counted.
        Case(sentence: "完成56件重大行政决策事项、规范性文件和合同的合法性审核。", expected: ["legality_reviews=56"]),
        // Study counts as 学法 only where the sentence is about law.
        Case(sentence: "围绕意识形态工作开展专题学习10次。", expected: []),
        Case(sentence: "将宪法和民法典纳入学习内容,全年开展专题学习6次。", expected: ["study.sessions=6"]),
        // Party education and received powers are not the indicator.
        Case(sentence: "组织各级党员教育培训300期。", expected: []),
        Case(sentence: "承接上级下放行政权力事项5项。", expected: []),
        // Public consultation is public; an adviser's comments on a draft are not.
        Case(sentence: "法律顾问对文件草案征求意见反馈30件。", expected: []),
    ]

    @Test(arguments: cases)
    func ruleHolds(_ c: Case) {
        let analysis = Fixture.analyze("一、主要举措和成效\n" + c.sentence)
        let found = analysis.quantities.compactMap { q in q.indicator.map { "\($0)=\(Int(q.value))" } }
        #expect(found == c.expected)
    }
}
