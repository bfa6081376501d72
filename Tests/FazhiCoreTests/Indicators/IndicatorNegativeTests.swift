import Testing
@testable import FazhiCore

/// Figures that look like indicators but are not: the matcher must leave them unassigned, because
/// a wrong figure in a supervisor's table misleads more than a missing one.
struct IndicatorNegativeTests {
    static let sentences = [
        "代表委员对答复的满意率和落实满意率均为100%。",
        "推进“互联网+明厨亮灶”工作,完成率99.1%。",
        "新录用人员执法资格考试通过4人。",
        "完成承接市级下放的32个审批事项。",
        "依申请公开政府信息答复率达100%。",
        "行政争议多元解纷中心接待咨询量同比增长50%。",
        "专题培训覆盖率达100%。",
        "清理涉及不平等对待企业的政策文件30件。",
        "全年处理12345热线诉求3.2万件,解决率96%。",
        "组织召开常务会议研究法治工作5次。",
        "印发各类宣传资料10000余份。",
        "行政复议受案量是同期行政诉讼案件量的2.4倍。",
    ]

    @Test(arguments: sentences)
    func lookalikeFiguresAreLeftUnassigned(_ sentence: String) {
        let analysis = Fixture.analyze("一、主要举措和成效\n" + sentence)
        let assigned = analysis.quantities.filter { $0.indicator != nil }.map { "\($0.indicator!)=\($0.text)" }
        #expect(assigned.isEmpty)
    }

    @Test func aFigureStatedForTwoCoordinatedVerbsCountsForBoth() {
        let analysis = Fixture.analyze("一、主要举措和成效\n全年共制定并报送备案规范性文件8件。")
        let ids = analysis.quantities.compactMap(\.indicator)
        #expect(ids == ["normative_docs.issued", "normative_docs.filed"])
        #expect(Set(analysis.quantities.map(\.range)).count == 1)
    }

    @Test func sharedVerbsFollowWhatTheSentenceIsAbout() {
        let analysis = Fixture.analyze("一、主要举措和成效\n新接收政府信息公开申请65件,同比增长12%,办结63件。全年受理行政复议案件40件,办结38件。")
        let pairs = analysis.quantities.compactMap { q in q.indicator.map { "\($0)=\(Int(q.value))" } }
        #expect(pairs == ["disclosure.requests_received=65", "disclosure.requests_concluded=63",
                          "reconsideration.accepted=40", "reconsideration.concluded=38"])
    }
}
