import Testing
@testable import FazhiCore

/// The generator's text helpers: phrase slots, page fields, half-width punctuation.
struct SynthTemplateTests {
    @Test
    func slotsAreListedInOrder() {
        #expect(SynthTemplate.slots(in: "{year}年，{self}开展会前学法{ind:study.sessions}。") == ["year", "self", "ind:study.sessions"])
    }

    @Test
    func renderFillsNamesAndLeavesUnknownSlotsAsWritten() throws {
        var figures = SynthFigures(specs: [:], catalogUnits: [:], scale: 1, contradict: false,
                                   rng: SynthRandom(seed: 1, index: 0, stream: .figures))
        let text = SynthTemplate.render("{year}年，{self}{missing}，全年{streak}获评", names: ["year": "2023", "self": "我区"],
                                        figures: &figures)
        #expect(text.hasPrefix("2023年，我区{missing}，全年连续"))
        #expect(figures.traps.count == 1)
    }

    @Test
    func fieldsAreFilledOnceAndUnknownOnesKept() {
        let page = SynthTemplate.fillFields("<title>{{title}}</title>{{charset}}<p>{{body}}</p>",
                                            ["title": "报告", "body": "正文{{title}}"])
        #expect(page == "<title>报告</title>{{charset}}<p>正文{{title}}</p>")
    }

    @Test
    func halfWidthNarrowsSevenMarksOnly() {
        #expect(SynthDraft.halfWidth("一是，二是：三；（四）！？“五”、六。") == "一是,二是:三;(四)!?“五”、六。")
    }

    @Test
    func markupEscapeWritesEntities() {
        #expect(MarkupEscape.escape("A&B<c>“引”") == "A&amp;B&lt;c&gt;“引”")
        #expect(MarkupEscape.escape("“引”", curlyQuotes: true) == "&ldquo;引&rdquo;")
    }
}
