import Testing
@testable import FazhiCore

/// `framework.uncovered` and `framework.outdated` on composed reports: where they must fire and
/// where they must not.
struct FrameworkCheckTests {
    static var everyArea2021: [String] { FrameworkTaggerTests.cases2021.map(\.paragraph) }

    func uncovered(_ a: Analysis) -> [String] {
        a.findings.filter { $0.rule == "framework.uncovered" }.compactMap(\.subject)
    }

    @Test func reportCoveringEveryAreaGetsNoUncoveredFinding() {
        let a = Fixture.analyze(ComposedFramework.report(year: 2023, measures: Self.everyArea2021))
        #expect(uncovered(a).isEmpty)
        #expect(a.framework?.unmentioned == [])
        #expect(a.framework?.paragraphs.count == Self.everyArea2021.count)
    }

    @Test func missingAreaIsReportedWithTheOutlinePartAsBasis() throws {
        let measures = Self.everyArea2021.filter { !$0.hasPrefix("(八)") }
        let a = Fixture.analyze(ComposedFramework.report(year: 2023, measures: measures))
        #expect(uncovered(a) == ["digital"])
        let finding = try #require(a.findings.first { $0.rule == "framework.uncovered" })
        #expect(finding.severity == .notice)
        #expect(finding.message.contains("健全法治政府建设科技保障体系"))
        #expect(finding.basis?.contains("法治政府建设实施纲要(2021－2025年)") == true)
        #expect(finding.basis?.contains("第九部分") == true)
    }

    @Test func areaCoveredOnlyInThePlanIsMentioned() {
        let measures = Self.everyArea2021.filter { !$0.hasPrefix("(五)") }
        let a = Fixture.analyze(ComposedFramework.report(
            year: 2023, measures: measures, plan: "(一)健全突发事件应对体系,修订完善应急预案。"))
        #expect(!uncovered(a).contains("emergencies"))
        #expect(a.framework?.area("emergencies")?.paragraphs == 0)
    }

    @Test func a2019ReportIsReadAgainstThe2015Outline() {
        let a = Fixture.analyze(ComposedFramework.report(year: 2019, measures: FrameworkTaggerTests.cases2015.map(\.paragraph)))
        #expect(a.framework?.edition == "2015")
        // The 2015 outline has no area of its own for emergencies or technology.
        #expect(uncovered(a).isEmpty)
        let without = FrameworkTaggerTests.cases2015.map(\.paragraph).filter { !$0.hasPrefix("7.") }
        let b = Fixture.analyze(ComposedFramework.report(year: 2019, measures: without))
        #expect(uncovered(b) == ["capacity"])
    }

    @Test func societyIsNeverUncovered() {
        let measures = Self.everyArea2021.filter { !$0.hasPrefix("(十)") }
        let a = Fixture.analyze(ComposedFramework.report(year: 2023, measures: measures))
        #expect(uncovered(a).isEmpty)
        #expect(a.framework?.area("society")?.mentions == 0)
    }

    @Test func textWithoutPartsGetsNoUncoveredFinding() {
        let a = Fixture.analyze("全年收到行政复议申请24件。")
        #expect(uncovered(a).isEmpty)
        #expect(a.has("parts.missing", "measures"))
    }

    static let goal2015 = "我区围绕建设职能科学、权责法定、执法严明、公开公正、⟦廉洁高效、守法诚信⟧的法治政府目标,扎实推进各项工作。"

    @Test func a2023ReportUsingThe2015GoalIsOutdated() throws {
        let marked = MarkedText(ComposedFramework.report(year: 2023, measures: Self.everyArea2021 + [Self.goal2015]))
        let a = Fixture.analyze(marked.text)
        let finding = try #require(a.findings.first { $0.rule == "framework.outdated" })
        #expect(finding.subject == "廉洁高效、守法诚信")
        #expect(finding.range == marked.spans.first)
        #expect(finding.severity == .notice)
        #expect(finding.message.contains("2023年度"))
        #expect(finding.basis?.contains("智能高效、廉洁诚信、人民满意") == true)
    }

    @Test func a2019ReportUsingThe2015GoalIsNotOutdated() {
        let marked = MarkedText(ComposedFramework.report(year: 2019, measures: [Self.goal2015]))
        let a = Fixture.analyze(marked.text)
        #expect(!a.findings.contains { $0.rule == "framework.outdated" })
    }

    @Test func reportOfUnknownYearIsNotOutdated() {
        let marked = MarkedText(ComposedFramework.report(year: nil, measures: [Self.goal2015]))
        let a = Fixture.analyze(marked.text)
        #expect(a.metadata.reportYear == nil)
        #expect(!a.findings.contains { $0.rule == "framework.outdated" })
    }

    @Test(arguments: ["廉洁高效,守法诚信", "廉洁高效，守法诚信", "廉洁高效 守法诚信", "廉洁高效、 守法诚信"])
    func goalPhraseIsFoundWhateverItsPunctuation(_ phrase: String) {
        let text = ComposedFramework.report(year: 2022, measures: ["建设\(phrase)的法治政府。"])
        #expect(Fixture.analyze(text).has("framework.outdated", "廉洁高效、守法诚信"))
    }

    @Test func wordsFarApartAreNotThePhrase() {
        let text = ComposedFramework.report(year: 2022, measures: ["坚持廉洁高效,推动企业守法诚信经营。"])
        #expect(!Fixture.analyze(text).findings.contains { $0.rule == "framework.outdated" })
    }

    @Test func the2021GoalIsNotOutdated() {
        let text = ComposedFramework.report(
            year: 2023, measures: ["加快建设职能科学、权责法定、执法严明、公开公正、智能高效、廉洁诚信、人民满意的法治政府。"])
        #expect(!Fixture.analyze(text).findings.contains { $0.rule == "framework.outdated" })
    }

    @Test func followingTheExpiredOutlineIsOutdated() {
        let text = ComposedFramework.report(year: 2021, measures: ["认真贯彻落实《法治政府建设实施纲要(2015-2020年)》总体要求。"])
        #expect(Fixture.analyze(text).has("framework.outdated", "法治政府建设实施纲要(2015－2020年)"))
        let current = ComposedFramework.report(year: 2022, measures: ["认真贯彻落实《法治政府建设实施纲要(2021-2025年)》。"])
        #expect(!Fixture.analyze(current).findings.contains { $0.rule == "framework.outdated" })
    }

    @Test func eachPhraseIsReportedOnce() {
        let text = ComposedFramework.report(year: 2023, measures: [Self.goal2015, "建设廉洁高效、守法诚信的政府。"])
        #expect(Fixture.analyze(text).findings.filter { $0.rule == "framework.outdated" }.count == 1)
    }

    @Test func checksReadTheCoverageThemselvesWithoutTheAnalyzers() {
        let text = ComposedFramework.report(year: 2023, measures: [Self.goal2015])
        let analysis = Fixture.analyze(text)
        let layout = TextLayout(text.scalarArray)
        let context = CheckContext(layout: layout, metadata: analysis.metadata, parts: analysis.parts, quantities: [])
        #expect(FrameworkOutdatedCheck().run(context).map(\.subject) == ["廉洁高效、守法诚信"])
        #expect(Set(FrameworkUncoveredCheck().run(context).compactMap(\.subject)) == Set(analysis.framework?.unmentioned ?? []))
    }

    @Test func rulesHaveTheirBasisInTheRuleBook() throws {
        for id in ["framework.uncovered", "framework.outdated"] {
            let rule = try #require(RuleBook.shared.rule(id))
            #expect(rule.severity == .notice)
            #expect(rule.basis.document.contains("法治政府建设实施纲要"))
        }
        #expect(Checks.all.contains { $0.ruleIDs == ["framework.uncovered"] })
        #expect(Checks.all.contains { $0.ruleIDs == ["framework.outdated"] })
    }
}
