import Foundation
@testable import FazhiCore

/// Reports for the similarity tests: composed ones whose shortcomings part is copied, and the samples.
enum SimilarityFixture {
    /// A report ready for comparison, from plain text.
    static func report(_ text: String, name: String = "composed.txt", boilerplate: BoilerplateList = .shared) -> ComparableReport {
        let document = SourceDocument(name: name, format: .text, encoding: "utf-8", original: text)
        return ComparableReport(analysis: Analyzer().analyze(document), document: document, boilerplate: boilerplate)
    }

    /// A report ready for comparison, from any decoded input.
    static func report(_ document: SourceDocument) -> ComparableReport {
        ComparableReport(analysis: Analyzer().analyze(document), document: document)
    }

    /// A sample report of `samples/`.
    static func sample(_ prefix: String) throws -> ComparableReport {
        report(try Fixture.sample(prefix), name: prefix)
    }

    /// A shortcomings paragraph naming its jurisdiction and year in the middle; the span a copy
    /// shares (from its first Han character to its last) is marked.
    static func shortcomings(_ place: String, _ year: Int) -> String {
        "⟦一是部分行政执法人员的法治思维和依法行政能力与新形势新要求相比仍有差距，\(place)执法案卷评查发现"
            + "程序不规范、文书制作不严谨等问题在\(year)年仍有发生。二是基层法治力量较为薄弱，乡镇（街道）"
            + "合法性审核人员专业化程度不高，难以满足日益繁重的审核任务。三是法治宣传教育的针对性和实效性"
            + "有待进一步增强，以案释法等形式运用不够充分⟧。"
    }

    /// A whole report: title, the four mandated parts; `shortcomings` stands in part 二.
    static func compose(
        place: String, year: Int, leadership: String = "主要负责同志带头学法，全年主持召开常务会议专题学法六次。",
        measures: String, shortcomings: String, plan: String
    ) -> String {
        """
        \(place)人民政府\(year)年法治政府建设年度情况报告

        一、\(year)年法治政府建设主要举措和成效
        \(measures)
        二、\(year)年法治政府建设存在的不足和原因
        \(shortcomings)
        三、\(year)年党政主要负责人履行推进法治建设第一责任人职责情况
        \(leadership)
        四、\(year + 1)年推进法治政府建设的主要安排
        \(plan)
        """
    }

    /// 门头沟区 2022: the original of the copied shortcomings.
    static let source = MarkedText(sourceMarked)
    static let sourceMarked = compose(
        place: "北京市门头沟区", year: 2022,
        measures: "全区深化“放管服”改革，政务服务事项全程网办率达到百分之九十以上，新设立市场主体两千余户。",
        shortcomings: shortcomings("门头沟区", 2022),
        plan: "围绕生态涵养区建设，完善重大行政决策程序，推动执法力量向基层下沉，加快数字政府建设。")

    /// 武清区 2023: other measures and plans, the same shortcomings with place and year changed.
    static let copy = MarkedText(copyMarked)
    static let copyMarked = compose(
        place: "天津市武清区", year: 2023,
        leadership: "区长听取法治政府建设工作汇报两次，对行政应诉工作作出批示，带头出庭应诉一次。",
        measures: "我区持续优化营商环境，出台规范性文件十二件，行政复议案件办结率百分之百，调解纠纷八百余件。",
        shortcomings: shortcomings("武清区", 2023),
        plan: "聚焦京津冀协同发展，健全行政执法协调监督工作体系，深化府院联动，推进公共法律服务体系建设。")
}
