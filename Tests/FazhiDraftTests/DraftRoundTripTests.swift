import FazhiCore
@testable import FazhiDraft
import Foundation
import Testing

/// Drafting from the seed-002 ledger and reading the draft back with the analyzer.
struct DraftRoundTripTests {
    @Test(arguments: Drafter.Format.allCases)
    func draftAnalyzesToTheLedgersFigures(_ format: Drafter.Format) throws {
        let ledger = try LedgerReader().read(try Sample.ledgerText, name: "l.yaml")
        let draft = try Drafter().draft(ledger, format: format)
        // Analyze the written bytes afresh, as `fazhi analyze` would.
        let analysis = Analyzer().analyze(try InputReader.decode(data: draft.bytes, name: "draft.\(format.rawValue)"))

        var expected: [String: [Double]] = [:]
        for figure in ledger.figures { expected[figure.indicator, default: []].append(figure.value) }
        #expect(Sample.indicatorValues(analysis) == expected)
        #expect(analysis.parts.map(\.kind) == PartKind.mandated)
        #expect(!analysis.findings.contains { $0.rule == "parts.missing" || $0.rule.hasPrefix("consistency.") })
        #expect(draft.blocking.isEmpty)
        #expect(!draft.findings.contains { $0.rule == "draft.figure" })
    }

    @Test func metadataComesThroughTheDocx() throws {
        let draft = try Drafter().draft(ledgerText: try Sample.ledgerText, format: .docx)
        let metadata = draft.analysis.metadata
        #expect(metadata.title == "武清区人民政府关于武清区2023年度法治政府建设情况的报告")
        #expect(metadata.issuer == "武清区人民政府")
        #expect(metadata.reportYear == 2023)
        #expect(metadata.signedOn == "2024-02-20")
        #expect(metadata.addressee == "武清区人大常委会")
        #expect(metadata.level == .district)
    }

    @Test func partsComeInTheRegulationsOrderWithStandardHeadings() throws {
        var text = try Sample.ledgerText
        text += "\nother:\n  - 本年度无其他需要报告的情况。\n"
        let document = ReportComposer().compose(try LedgerReader().read(text, name: "l.yaml"))
        let headings = document.blocks.compactMap { block -> String? in
            if case let .heading1(text) = block { return text }
            return nil
        }
        #expect(headings == [
            "一、2023年度推进法治政府建设的主要举措和成效", "二、2023年度推进法治政府建设存在的不足和原因",
            "三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
            "四、2024年度推进法治政府建设的主要安排", "五、其他需要报告的情况",
        ])
    }

    @Test func seedsInconsistentRateStopsTheDraft() throws {
        // Seed 002 printed 纠错率21.08% for 35 of 218 (16.06%).
        let text = Sample.replacing("reconsideration.correction_rate: 16.06", with: "reconsideration.correction_rate: 21.08",
                                    in: try Sample.ledgerText).text
        let draft = try Drafter().draft(ledgerText: text, format: .text)
        #expect(draft.blocking.map(\.rule) == ["consistency.rate"])
        #expect(draft.blocking.first?.subject == "reconsideration.correction_rate")
    }

    @Test func figureTheAnalyzerCannotReadIsFlagged() throws {
        // Without its cue word (审结/办结) the count is not read as reconsideration.concluded.
        let text = Sample.replacing("全年办结行政复议案件{reconsideration.concluded}", with: "全年共{reconsideration.concluded}",
                                    in: try Sample.ledgerText).text
        let draft = try Drafter().draft(ledgerText: text, format: .text)
        #expect(draft.findings.contains { $0.rule == "draft.figure" && $0.subject == "reconsideration.concluded" })
    }

    @Test(arguments: [
        (900.0, "over", "项", "power_list.items_adjusted", "900余项"),
        (52072, nil, "件", "mediation.cases", "52072件"),
        (16.06, nil, "%", "reconsideration.correction_rate", "16.06%"),
        (100, nil, "%", "exam.pass_rate", "100%"),
        (90, "over", "%", "exam.pass_rate", "90%以上"),
        (120_000, nil, "条", "disclosure.proactive", "12万条"),
        (121_000, "about", "条", "disclosure.proactive", "约12.1万条"),
        (3, "under", "件", "normative_docs.issued", "近3件"),
    ] as [(Double, String?, String, String, String)])
    func figuresAreWrittenAsOfficialsWriteThem(_ value: Double, _ approx: String?, _ unit: String, _ id: String, _ text: String) {
        let figure = Ledger.Figure(indicator: id, value: value, approx: approx)
        #expect(FigureWriter().text(figure) == text)
    }

    @Test func halfWidthPunctuationBecomesFullWidth() {
        #expect(Punctuation.normalized("管理,组织(党组);完成率:99.1%,共1,000件") == "管理，组织（党组）；完成率：99.1%，共1,000件")
    }
}

/// The HTML preview a web page shows.
struct PreviewTests {
    @Test func htmlPreviewHasThePartsAndEscapesText() throws {
        var text = try Sample.ledgerText
        text = Sample.replacing("加强权责清单动态管理", with: "加强<script>权责清单</script>动态管理", in: text).text
        let document = ReportComposer().compose(try LedgerReader().read(text, name: "l.yaml"))
        let html = document.html
        #expect(html.hasPrefix("<article class=\"gongwen\">\n<h1>武清区人民政府关于武清区2023年度<br>法治政府建设情况的报告</h1>"))
        #expect(html.contains("<h2>一、2023年度推进法治政府建设的主要举措和成效</h2>"))
        #expect(html.contains("<p><span class=\"h2\">（一）依法全面履行政府职能。</span>加强&lt;script&gt;权责清单&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        #expect(html.contains("<div class=\"signature\"><p>武清区人民政府</p><p>2024年2月20日</p></div>"))
    }
}
