import Foundation
import Testing
@testable import FazhiCore
@testable import FazhiStore

/// Comparisons across stored reports: figures, findings, copied shortcomings.
struct CorpusQueryTests {
    func store(_ texts: [(String, String)]) throws -> (TemporaryStore, [Int64]) {
        let t = try TemporaryStore()
        let ids = try texts.map { name, text in
            try t.store.save(try IncomingReport.analyze(bytes: Data(text.utf8), name: name, sourcePath: nil)).id
        }
        return (t, ids)
    }

    static func report(_ place: String, _ year: Int, received: Int, shortcomings: String) -> String {
        """
        \(place)人民政府\(year)年法治政府建设情况报告
        一、\(year)年法治政府建设主要举措和成效
        全年收到行政复议申请\(received)件,受理\(received - 2)件。
        二、存在的不足和原因
        \(shortcomings)
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        主要负责人带头学法。
        四、\(year + 1)年工作安排
        持续推进。
        """
    }

    static let copiedText = "一是部分单位对法治政府建设的重视程度不够,主动谋划推进的意识不强。二是基层行政执法队伍专业化水平有待提高,执法人员法律素养参差不齐。三是行政复议纠错后的跟踪问效机制仍不完善,源头治理效果不明显。"

    @Test func figuresComeBackPerReportWithTheirPlaces() throws {
        let (t, ids) = try store([
            ("a.txt", Self.report("安吉县", 2022, received: 40, shortcomings: "基层力量薄弱。")),
            ("b.txt", Self.report("安吉县", 2023, received: 50, shortcomings: "执法水平有待提升。")),
        ])
        defer { t.remove() }
        let values = try t.store.indicatorValues(ReportFilter(jurisdiction: "浙江省湖州市安吉县"), indicators: ["reconsideration.received"])
        #expect(values.map(\.value) == [40, 50])
        #expect(values.map(\.reportID) == ids)
        let stored = try #require(try t.store.report(id: ids[1]))
        let text = Array(stored.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(text[values[1].range.asRange])) == "50件")
    }

    @Test func findingsAcrossTheCorpus() throws {
        let (t, ids) = try store([
            ("a.txt", Self.report("安吉县", 2022, received: 40, shortcomings: "基层力量薄弱。")),
            ("b.txt", Self.report("德清县", 2022, received: 30, shortcomings: "执法水平有待提升。")
                .replacingOccurrences(of: "三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人带头学法。\n", with: "")),
        ])
        defer { t.remove() }
        let missing = try t.store.findings(ReportFilter(), rule: "parts.missing")
        #expect(missing.map(\.reportID) == [ids[1]])
        #expect(missing.first?.subject == "leadership")
    }

    @Test func copiedShortcomingsAreFoundAcrossReports() throws {
        let (t, ids) = try store([
            ("a.txt", Self.report("安吉县", 2022, received: 40, shortcomings: Self.copiedText)),
            ("b.txt", Self.report("德清县", 2023, received: 30, shortcomings: Self.copiedText.replacingOccurrences(of: "部分单位", with: "个别部门"))),
            ("c.txt", Self.report("长兴县", 2023, received: 20, shortcomings: "一是乡镇合法性审核力量不足,审核人员多为兼职。二是行政执法数字化平台应用不充分,数据共享不畅。")),
        ])
        defer { t.remove() }
        let copies = try t.store.copiedShortcomings(ReportFilter())
        #expect(copies.count == 1)
        #expect(Set([copies.first?.a.id, copies.first?.b.id]) == Set([ids[0], ids[1]]))
        #expect((copies.first?.containment ?? 0) > 0.8)
    }
}
