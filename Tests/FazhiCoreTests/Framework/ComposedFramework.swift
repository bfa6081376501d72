@testable import FazhiCore

/// Reports composed in the style real ones are written in, around measure paragraphs under test.
enum ComposedFramework {
    /// A complete four-part report on `year` whose measures part holds `measures`, one per line
    /// (without a year anywhere when `year` is `nil`).
    static func report(year: Int?, measures: [String], plan: String = "持续推进法治政府建设。") -> String {
        let y = year.map(String.init) ?? ""
        let next = year.map { String($0 + 1) } ?? "下一"
        let title = year == nil ? "某区人民政府法治政府建设情况报告" : "某区人民政府关于\(y)年度法治政府建设情况的报告"
        return """
            \(title)
            一、\(y)年度推进法治政府建设的主要举措和成效
            \(measures.joined(separator: "\n"))
            二、\(y)年度推进法治政府建设存在的不足和原因
            基层工作力量仍然不足,个别单位重视程度不够。
            三、\(y)年度党政主要负责人履行推进法治建设职责的情况
            主要负责同志带头研究部署,亲自过问重点工作。
            四、\(next)年度推进法治政府建设的主要安排
            \(plan)
            某区人民政府
            \(year.map { "\($0 + 1)年2月20日" } ?? "")
            """
    }

    /// The framework paragraph of `text` that starts with `start`.
    static func paragraph(_ analysis: Analysis, _ text: String, startingWith start: String) -> FrameworkParagraph? {
        let scalars = text.scalarArray
        return analysis.framework?.paragraphs.first { String(scalars: scalars[$0.range.asRange]).hasPrefix(start) }
    }

    /// The areas of a single measure paragraph in a report on `year`.
    static func areas(of paragraph: String, year: Int?) -> [String] {
        let text = report(year: year, measures: [paragraph])
        let analysis = Fixture.analyze(text)
        return analysis.framework?.paragraphs.first?.areas ?? []
    }
}
