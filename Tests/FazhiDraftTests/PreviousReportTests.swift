import FazhiCore
@testable import FazhiDraft
import Foundation
import Testing

/// Last year's report carried into this year's ledger: the checklist, and its figures as 同比.
struct PreviousReportTests {
    static func seed002() throws -> PreviousReport {
        let document = try InputReader.read(path: Sample.seed002.path)
        return PreviousReport(analysis: Analyzer().analyze(document), text: document.text, source: "002")
    }

    /// The sample ledger moved on a year, with 240 cases concluded and the rate to match.
    static func ledger2024() throws -> String {
        var text = try Sample.ledgerText
        for (old, new) in [("year: 2023", "year: 2024"), ("signed: 2024-02-20", "signed: 2025-02-20"),
                           ("reconsideration.concluded: 218", "reconsideration.concluded: 240"),
                           ("reconsideration.correction_rate: 16.06", "reconsideration.correction_rate: 14.58")] {
            text = Sample.replacing(old, with: new, in: text).text
        }
        return text
    }

    @Test func readsShortcomingsPlanAndFiguresOfSeed002() throws {
        let previous = try Self.seed002()
        #expect(previous.year == 2023)
        #expect(previous.shortcomings.count == 3)
        #expect(previous.shortcomings.first?.hasPrefix("法治政府建设工作整体推进不均衡") == true)
        #expect(previous.plan == ["深入学习宣传贯彻习近平法治思想", "强化法治政府建设工作统筹", "持续优化法治化营商环境",
                                  "坚持严格规范公正文明执法"])
        #expect(previous.figures.first { $0.indicator == "reconsideration.concluded" }?.value == 218)
    }

    @Test func checklistStaysPendingUntilMarked() throws {
        let text = try Self.ledger2024() + ChecklistBlock.yaml(try Self.seed002())
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "l.yaml") }
        let pending = error?.issues.filter { $0.message.contains("still pending") } ?? []
        #expect(pending.count == 7)
        let lines = text.components(separatedBy: "\n")
        #expect(pending.allSatisfy { lines[$0.line - 1].contains("status: pending") })
    }

    @Test func reportOfAnotherYearIsRefused() throws {
        // The 2023 ledger itself with seed 002 (on 2023) as "last year's" report.
        let text = try Sample.ledgerText + ChecklistBlock.yaml(try Self.seed002())
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "l.yaml") }
        let lines = text.components(separatedBy: "\n")
        let yearLine = try #require(lines.firstIndex(of: "  year: 2023")) + 1
        #expect(error?.issues.contains { $0.line == yearLine && $0.field == "previous.year" } == true)
    }

    @Test func markedChecklistAndLastYearsFiguresAreWrittenIn() throws {
        var marks = 0
        let text = (try Self.ledger2024() + ChecklistBlock.yaml(try Self.seed002()))
            .components(separatedBy: "\n").map { line -> String in
                guard line.contains("status: pending") else { return line }
                marks += 1
                return line.replacingOccurrences(of: "pending", with: marks == 3 ? "carried_over" : "rectified")
            }.joined(separator: "\n")
        let draft = try Drafter().draft(ledgerText: text, format: .text)
        let report = String(decoding: draft.bytes, as: UTF8.self)
        #expect(report.contains("全年办结行政复议案件240件，同比增长10.1%，纠错35件，与上年持平，纠错率14.58%，较上年下降6.5个百分点"))
        #expect(report.contains("对照2023年度法治政府建设情况报告查找的问题"))
        #expect(report.contains("存在不同程度的程序瑕疵，尚未完全整改到位，继续列入2024年度整改"))
        #expect(draft.blocking.isEmpty)
        #expect(!draft.findings.contains { $0.rule == "shortcomings.rectification" || $0.rule == "draft.figure" })
        // The changes beside the figures do not disturb the figures themselves.
        let values = Sample.indicatorValues(draft.analysis)
        #expect(values["reconsideration.concluded"] == [240])
        #expect(values["reconsideration.correction_rate"] == [14.58])
    }

    @Test func jsonLedgerGetsAPreviousMemberAndStaysJSON() throws {
        var text = try Sample.text(Sample.jsonPath)
        text = Sample.replacing("\"year\": 2023", with: "\"year\": 2024", in: text).text
        text = Sample.replacing("\"signed\": \"2024-02-20\"", with: "\"signed\": \"2025-02-20\"", in: text).text
        let updated = try #require(ChecklistBlock.adding(try Self.seed002(), to: text, json: true))
        #expect(try JSONSerialization.jsonObject(with: Data(updated.utf8)) is [String: Any])
        #expect(LedgerReader().carriesPrevious(updated))
        #expect(!LedgerReader().carriesPrevious(text))
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(updated, name: "l.json") }
        #expect(error?.issues.filter { $0.message.contains("still pending") }.count == 7)
        let marked = updated.replacingOccurrences(of: "\"pending\"", with: "\"rectified\"")
        let draft = try Drafter().draft(ledgerText: marked, name: "l.json", format: .text)
        #expect(draft.blocking.isEmpty)
        #expect(String(decoding: draft.bytes, as: UTF8.self).contains("已整改到位"))
    }
}
