import Testing
@testable import FazhiCore

/// What every report legitimately shares does not make it a copy.
struct BoilerplateTests {
    static let formula = "坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
        + "全面贯彻党的二十大精神，严格落实《法治政府建设实施纲要（2021—2025年）》"

    func report(_ place: String, _ shortcomings: String, boilerplate: BoilerplateList = .shared) -> ComparableReport {
        SimilarityFixture.report(
            SimilarityFixture.compose(
                place: place, year: 2023, measures: "\(place)依法行政工作取得新进展。",
                shortcomings: shortcomings, plan: "\(place)将继续推进各项工作。"),
            boilerplate: boilerplate)
    }

    @Test func reportsSharingOnlyStopPassagesShareNothing() throws {
        let a = report("北京市门头沟区", Self.formula + "，但执法人员数量不足，年龄结构偏大。")
        let b = report("天津市武清区", Self.formula + "，但行政复议应诉能力有待提高，败诉风险仍然存在。")
        let result = try #require(try Similarity.compare(a, b).first { $0.kindA == .shortcomings })
        #expect(result.shared == 0)
        #expect(result.passages.isEmpty)
        #expect(result.verdict == .distinct)
    }

    @Test func withoutTheStopListTheSamePassageCounts() throws {
        let none = BoilerplateList(version: 0, passages: [])
        let a = report("北京市门头沟区", Self.formula + "，但执法人员数量不足，年龄结构偏大。", boilerplate: none)
        let b = report("天津市武清区", Self.formula + "，但行政复议应诉能力有待提高，败诉风险仍然存在。", boilerplate: none)
        let result = try #require(try Similarity.compare(a, b).first { $0.kindA == .shortcomings })
        #expect(result.shared > 0)
        #expect(result.passages.count == 1)
        #expect(result.passages.first?.textA.contains("习近平法治思想") == true)
    }

    @Test func aCopiedPassageRunningThroughAStopPassageIsShownWhole() throws {
        let copied = "执法人员数量不足、年龄结构偏大的问题仍然突出，" + Self.formula + "的要求在基层落实还不到位，乡镇执法力量配备仍有缺口"
        let a = report("北京市门头沟区", copied + "。")
        let b = report("天津市武清区", copied + "，亟待解决。")
        let result = try #require(try Similarity.compare(a, b).first { $0.kindA == .shortcomings })
        try #require(result.passages.count == 1)
        #expect(result.passages[0].textA == copied)
        #expect(result.verdict == .copied)
    }

    @Test func headingsOfTheMandatedPartsAreStopPassages() {
        let list = BoilerplateList.shared
        let units = "二、2023年度推进法治政府建设存在的不足和原因".scalarArray.compactMap(ComparableText.unit)
        let covered = list.covered(units)
        #expect(covered.suffix(16).allSatisfy { $0 })
        #expect(list.version >= 1)
    }

    /// The five samples are independent reports: no part is a copy, no passage is shared.
    @Test(arguments: [("000", "001"), ("000", "002"), ("000", "003"), ("000", "004"), ("001", "002"),
                      ("001", "003"), ("001", "004"), ("002", "003"), ("002", "004"), ("003", "004")])
    func independentReportsShareOnlyBoilerplate(pair: (String, String)) throws {
        let a = try SimilarityFixture.sample(pair.0)
        let b = try SimilarityFixture.sample(pair.1)
        let results = try Similarity.compare(a, b)
        #expect(!results.isEmpty)
        for r in results {
            #expect(r.verdict == .distinct, "\(r.kindA): \(r.aInB) \(r.bInA)")
            #expect(r.containment < 0.05, "\(r.kindA): \(r.aInB) \(r.bInA)")
            #expect(r.passages.isEmpty, "\(r.passages.map(\.textA))")
        }
    }
}
