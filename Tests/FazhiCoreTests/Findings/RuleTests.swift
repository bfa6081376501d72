import Testing
@testable import FazhiCore

/// Each rule fires on a composed report that breaks it, and stays silent on one that does not.
/// The clean report is the baseline: it must produce no finding at all.
struct RuleTests {
    /// A report that satisfies every rule.
    static let clean = """
        临安区人民政府2023年度法治政府建设情况报告
        发布时间:2024-03-20
        一、2023年度推进法治政府建设的主要举措和成效
        (一)依法化解行政争议。全年收到行政复议申请120件,受理110件,审结100件,纠错15件,纠错率15%。
        (二)加强调解工作。调解纠纷400件,调解成功380件,调解成功率95%。
        二、存在的不足和原因
        2022年度报告中存在的问题已整改到位。当前基层执法力量仍然不足。
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        区政府主要负责人带头学法。
        四、2024年主要安排
        持续推进法治政府建设。
        临安区人民政府
        2024年2月26日
        """

    /// The findings of every rule but the framework ones: these composed reports are a few lines long,
    /// so framework.uncovered would fire on each (FrameworkCheckTests covers those rules).
    static func findings(_ text: String, published: String? = nil) -> [String] {
        let a = Analyzer().analyze(SourceDocument(name: "t.txt", format: .text, encoding: "utf-8", original: text),
                                   publishedOn: published)
        return a.findings.filter { !$0.rule.hasPrefix("framework.") }.map { "\($0.rule):\($0.subject ?? "")" }
    }

    static func replacing(_ a: String, _ b: String) -> String {
        clean.replacingOccurrences(of: a, with: b)
    }

    @Test func cleanReportHasNoFindings() {
        #expect(Self.findings(Self.clean) == [])
    }

    @Test func partsMissing() {
        let text = Self.replacing("三、党政主要负责人履行推进法治建设第一责任人职责情况\n区政府主要负责人带头学法。\n", "")
            .replacingOccurrences(of: "四、2024年主要安排", with: "三、2024年主要安排")
        #expect(Self.findings(text) == ["parts.missing:leadership"])
    }

    @Test func partsOrder() {
        let moved = Self.replacing("二、存在的不足和原因\n2022年度报告中存在的问题已整改到位。当前基层执法力量仍然不足。\n", "")
            .replacingOccurrences(of: "四、2024年主要安排", with: "二、存在的不足和原因\n2022年度报告中存在的问题已整改到位。当前基层执法力量仍然不足。\n四、2024年主要安排")
        #expect(Self.findings(moved).contains("parts.order:measures,leadership,shortcomings,plan"))
    }

    @Test func metadataMissingAndTitleFormat() {
        #expect(Self.findings(Self.replacing("临安区人民政府2023年度法治政府建设情况报告\n", "")).contains("metadata.missing:title"))
        let noYear = Self.findings(Self.replacing("临安区人民政府2023年度法治政府建设情况报告", "临安区人民政府法治政府建设情况报告"))
        #expect(noYear.contains("title.format:year"))
        let noTopic = Self.findings(Self.replacing("临安区人民政府2023年度法治政府建设情况报告", "临安区人民政府2023年度依法行政工作情况报告"))
        #expect(noTopic.contains("title.format:topic"))
    }

    @Test func publicationLateUnknownAndReportingLate() {
        #expect(Self.findings(Self.clean, published: "2024-04-08").contains("publication.late:publishedOn"))
        #expect(!Self.findings(Self.clean, published: "2024-03-31").contains("publication.late:publishedOn"))
        #expect(Self.findings(Self.replacing("发布时间:2024-03-20\n", "")).contains("publication.unknown:publishedOn"))
        // A department signing after 3月1日 is late to report; a government is not.
        let department = Self.replacing("临安区人民政府", "杭州市临安区司法局").replacingOccurrences(of: "2024年2月26日", with: "2024年3月12日")
        #expect(Self.findings(department).contains("reporting.late:signedOn"))
        #expect(!Self.findings(Self.replacing("2024年2月26日", "2024年3月12日")).contains("reporting.late:signedOn"))
    }

    @Test func datingPremature() {
        #expect(Self.findings(Self.replacing("2024年2月26日", "2023年11月30日")).contains("dating.premature:signedOn"))
        #expect(!Self.findings(Self.replacing("2024年2月26日", "2023年12月31日")).contains("dating.premature:signedOn"))
    }

    @Test func planYear() {
        #expect(Self.findings(Self.replacing("四、2024年主要安排", "四、2023年主要安排")).contains("plan.year:2023"))
    }

    @Test func rectification() {
        let text = Self.replacing("2022年度报告中存在的问题已整改到位。", "")
        #expect(Self.findings(text) == ["shortcomings.rectification:shortcomings"])
        // Praise of 先进经验 or plans to rectify future problems are not last year's rectification.
        let plan = Self.replacing("2022年度报告中存在的问题已整改到位。", "今后将学习借鉴先进经验,对新发现的问题立行立改。")
        #expect(Self.findings(plan).contains("shortcomings.rectification:shortcomings"))
    }

    @Test func rateConsistency() {
        let text = Self.replacing("纠错率15%", "纠错率21.5%")
        #expect(Self.findings(text) == ["consistency.rate:reconsideration.correction_rate"])
        // Within the rounding the text shows: 380/400 = 95%, 19/128 = 14.84% written 14.8%.
        #expect(!Self.findings(Self.replacing("纠错15件,纠错率15%", "纠错19件,纠错率19%")).contains { $0.hasPrefix("consistency.rate") })
        let rounded = Self.replacing("审结100件,纠错15件,纠错率15%", "审结128件,纠错19件,纠错率14.8%")
        #expect(!Self.findings(rounded).contains { $0.hasPrefix("consistency.rate") })
    }

    @Test func partExceedsWhole() {
        let accepted = Self.findings(Self.replacing("受理110件", "受理130件"))
        #expect(accepted.contains("consistency.part_exceeds_whole:reconsideration.accepted"))
        let succeeded = Self.findings(Self.replacing("调解成功380件,调解成功率95%", "调解成功420件"))
        #expect(succeeded.contains("consistency.part_exceeds_whole:mediation.succeeded"))
    }

    @Test func percentOverHundred() {
        let text = Self.replacing("持续推进法治政府建设。", "行政执法案卷评查完成率120%。")
        #expect(Self.findings(text).contains("consistency.percent_over_100:120%"))
        let growth = Self.replacing("持续推进法治政府建设。", "网上办件量同比增长150%。")
        #expect(!Self.findings(growth).contains { $0.hasPrefix("consistency.percent_over_100") })
    }

    @Test func duplicateFigure() {
        let text = Self.replacing("持续推进法治政府建设。", "回顾全年,共受理行政复议申请95件。")
        #expect(Self.findings(text).contains("consistency.duplicate:reconsideration.accepted"))
    }
}
