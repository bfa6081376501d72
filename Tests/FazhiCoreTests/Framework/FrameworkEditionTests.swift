import Foundation
import Testing
@testable import FazhiCore

/// The framework editions as data: which edition a year is read against, the areas each has and
/// how the outline words them, and the shape of the cue lists.
struct FrameworkEditionTests {
    @Test(arguments: [(2010, "2015"), (2016, "2015"), (2019, "2015"), (2020, "2015"), (2021, "2021"), (2025, "2021"), (2030, "2021")])
    func editionFollowsTheReportYear(year: Int, edition: String) {
        #expect(FrameworkEdition.forReportYear(year).id == edition)
    }

    @Test func unknownYearIsReadAgainstTheCurrentOutline() {
        #expect(FrameworkEdition.forReportYear(nil).id == "2021")
    }

    @Test func areasOfThe2021OutlineInItsOrder() throws {
        let e = try #require(FrameworkEdition.edition("2021"))
        #expect(e.areas.map(\.id) == ["functions", "rules", "decisions", "enforcement", "emergencies", "disputes",
                                      "oversight", "digital", "leadership", "society"])
        #expect(e.area("functions")?.name == "健全政府机构职能体系,推动更好发挥政府作用")
        #expect(e.area("leadership")?.name.hasPrefix("加强党的领导") == true)
        #expect(e.document.contains("2021－2025年"))
        #expect(e.goal.hasSuffix("智能高效、廉洁诚信、人民满意"))
    }

    @Test func areasOfThe2015OutlineAreItsSevenTasksAndItsClosingPart() throws {
        let e = try #require(FrameworkEdition.edition("2015"))
        #expect(e.outlineAreas.map(\.name) == [
            "依法全面履行政府职能", "完善依法行政制度体系", "推进行政决策科学化、民主化、法治化", "坚持严格规范公正文明执法",
            "强化对行政权力的制约和监督", "依法有效化解社会矛盾纠纷", "全面提高政府工作人员法治思维和依法行政能力", "组织保障和落实机制",
        ])
        #expect(e.outlineAreas.map(\.id) == ["functions", "rules", "decisions", "enforcement", "oversight", "disputes",
                                             "capacity", "leadership"])
        #expect(e.outdatedPhrases.isEmpty)
        #expect(e.goal.hasSuffix("廉洁高效、守法诚信"))
    }

    @Test func societyIsSharedAndNotPartOfEitherOutline() throws {
        for edition in FrameworkEdition.all {
            let society = try #require(edition.area("society"))
            #expect(!society.inOutline)
            #expect(society.cues["普法"] == 3)
        }
    }

    @Test(arguments: FrameworkEdition.all.map(\.id))
    func cueListsAreWellFormed(id: String) throws {
        let e = try #require(FrameworkEdition.edition(id))
        for area in e.areas {
            #expect(area.cues.values.allSatisfy { (0...3).contains($0) }, "\(id) \(area.id)")
            // Enough specific words to say whether a report mentions the area at all.
            #expect(area.cues.values.filter { $0 == 3 }.count >= 5, "\(id) \(area.id)")
            for word in area.cues.keys {
                #expect(ScriptNormalizer.shared.simplify(word) == word, "\(word) is not simplified")
                #expect(!word.contains(" "), "\(word)")
            }
        }
    }

    @Test func the2021OutlineListsThe2015GoalAsOutdated() throws {
        let e = try #require(FrameworkEdition.edition("2021"))
        #expect(e.outdatedPhrases.map(\.text).contains("廉洁高效、守法诚信"))
        #expect(e.outdatedPhrases.allSatisfy { $0.note?.isEmpty == false })
    }
}

/// The coverage in the analysis: JSON, renderings, ranges in the original document.
struct FrameworkCoverageOutputTests {
    @Test func coverageIsWrittenInTheJSONAndDecodesBack() throws {
        let text = ComposedFramework.report(year: 2023, measures: FrameworkTaggerTests.cases2021.map(\.paragraph))
        let analysis = Fixture.analyze(text)
        let data = Data(analysis.json())
        #expect(try JSONDecoder().decode(Analysis.self, from: data) == analysis)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let framework = try #require(object["framework"] as? [String: Any])
        #expect(framework["edition"] as? String == "2021")
        #expect(Set(framework.keys) == ["areas", "edition", "outdated", "paragraphs", "unmentioned"])
        let paragraph = try #require((framework["paragraphs"] as? [[String: Any]])?.first)
        let tag = try #require((paragraph["tags"] as? [[String: Any]])?.first)
        #expect(tag["area"] as? String == "functions")
        let cue = try #require((tag["cues"] as? [[String: Any]])?.first)
        #expect(Set(cue.keys) == ["heading", "range", "word"])
    }

    @Test func analysisWithoutCoverageWritesNull() throws {
        var analysis = Fixture.analyze("一、主要举措和成效\n全年收到行政复议申请24件。")
        analysis.framework = nil
        let object = try #require(try JSONSerialization.jsonObject(with: Data(analysis.json())) as? [String: Any])
        #expect(object["framework"] is NSNull)
        #expect(try JSONDecoder().decode(Analysis.self, from: Data(analysis.json())) == analysis)
    }

    @Test func reportsShowOneCoverageLinePerArea() throws {
        let text = ComposedFramework.report(year: 2023, measures: Array(FrameworkTaggerTests.cases2021.map(\.paragraph).prefix(3)))
        let analysis = Fixture.analyze(text)
        let plain = TextReport(analysis, original: text).render()
        #expect(plain.contains("纲要覆盖 中共中央、国务院《法治政府建设实施纲要(2021－2025年)》"))
        #expect(plain.contains("functions   ●●● 1段  健全政府机构职能体系"))
        #expect(plain.contains("emergencies ○○○ 0段"))
        let markdown = MarkdownReport(analysis).render()
        #expect(markdown.contains("### 纲要覆盖"))
        #expect(markdown.contains("digital     ○○○ 0段"))
    }

    @Test func rangesPointIntoTheOriginalPage() throws {
        let sample = try Fixture.sample("002")
        let page = GovernmentPage.wrap(sample)
        let document = try InputReader.decode(data: Data(page.utf8), name: "002.html")
        let analysis = Analyzer().analyze(document)
        let original = document.original.scalarArray
        let coverage = try #require(analysis.framework)
        #expect(coverage.paragraphs.count == 11)
        for paragraph in coverage.paragraphs {
            for cue in paragraph.tags.flatMap(\.cues) {
                #expect(String(scalars: original[cue.range.asRange]) == cue.word)
            }
        }
        // The same coverage as the plain text's.
        let plain = try #require(Fixture.analyze(sample).framework)
        #expect(coverage.areas == plain.areas)
        #expect(coverage.paragraphs.map(\.areas) == plain.paragraphs.map(\.areas))
    }
}
