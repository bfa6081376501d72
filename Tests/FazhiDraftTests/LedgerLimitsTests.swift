import FazhiCore
import FazhiDraft
import Foundation
import Testing

/// Ledgers that are nonsense or hostile: strict types, figures past their indicator's range, YAML
/// mistakes placed where they start, and sizes bounded before anything is built (aliases included).
struct LedgerLimitsTests {
    static let strictness: [LedgerValidationTests.Mistake] = [
        .init(name: "year in quotes", old: "year: 2023", new: "year: \"2023\"",
              field: "year", message: "wrong type: the quoted “2023” is text"),
        .init(name: "boolean issuer", old: "issuer: 武清区人民政府", new: "issuer: yes",
              field: "issuer", message: "wrong type: expected text, found the YAML boolean yes; put it in quotes"),
        .init(name: "number as an addressee", old: "addressee: 武清区人大常委会", new: "addressee: 12345",
              field: "addressee", message: "wrong type: expected text, found the YAML number 12345"),
        .init(name: "27-digit figure", old: "enforcement.cases: 107", new: "enforcement.cases: 123456789012345678901234567",
              field: "figures.enforcement.cases",
              message: "123456789012345678901234567 is past the largest figure a unit can report for 行政执法案件(处罚决定) (100000000 件"),
        .init(name: "count past its ceiling", old: "normative_docs.issued: 3", new: "normative_docs.issued: 3000000",
              field: "figures.normative_docs.issued", message: "3000000 is past the largest figure"),
        .init(name: "negative count", old: "normative_docs.issued: 3", new: "normative_docs.issued: -3",
              field: "figures.normative_docs.issued", message: "-3 is negative"),
    ]

    @Test(arguments: strictness)
    func nonsenseIsRefusedAtItsLineWithAChineseMessage(_ mistake: LedgerValidationTests.Mistake) throws {
        let (text, line) = Sample.replacing(mistake.old, with: mistake.new, in: try Sample.ledgerText)
        #expect(line > 0)
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "ledger.yaml") }
        let issue = error?.issues.first { $0.field.hasSuffix(mistake.field) && $0.message.contains(mistake.message) }
        #expect(issue != nil, "no issue \(mistake.field): \(mistake.message) in \(error?.issues ?? [])")
        #expect(issue?.line == line)
        #expect(issue?.chinese?.isEmpty == false)
    }

    @Test func quotedTextAndPlainNumbersStillRead() throws {
        var text = try Sample.ledgerText.replacingOccurrences(of: "issuer: 武清区人民政府", with: "issuer: \"武清区人民政府\"")
        text = text.replacingOccurrences(of: "addressee: 武清区人大常委会", with: "addressee: '武清区人大常委会'")
        let ledger = try LedgerReader().read(text, name: "ledger.yaml")
        #expect(ledger.issuer == "武清区人民政府" && ledger.year == 2023)
    }

    /// Every indicator of the catalog has a range; rates run from 0 to 100.
    @Test func everyIndicatorHasARange() throws {
        let url = Sample.root.appendingPathComponent("Sources/FazhiDraft/Resources/figure-ranges.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let ranges = try #require(object?["indicators"] as? [String: [String: Double]])
        for indicator in IndicatorCatalog.shared.indicators {
            let range = try #require(ranges[indicator.id], "\(indicator.id) has no range")
            #expect(range["min"] == 0)
            if indicator.isRate { #expect(range["max"] == 100, "\(indicator.id)") } else { #expect((range["max"] ?? 0) >= 100_000, "\(indicator.id)") }
        }
        #expect(ranges.count == IndicatorCatalog.shared.indicators.count)
    }

    /// An unclosed quote is reported where it opens, not at the end of the file.
    @Test func unclosedQuoteIsReportedWhereItOpens() throws {
        let (text, line) = Sample.replacing("jurisdiction: 天津市武清区", with: "jurisdiction: \"天津市武清区", in: try Sample.ledgerText)
        #expect(line > 0)
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "ledger.yaml") }
        let issue = try #require(error?.issues.first)
        #expect(issue.line == line, "\(issue)")
        #expect(issue.message.contains("quoted scalar"), "\(issue)")
        #expect(issue.chinese?.contains("引号") == true, "\(issue)")
    }

    /// The reported case: 2,000 aliases to one 100,000-character text (322 KB) would draft 200
    /// million characters. Refused at the alias that crosses the limit, before anything is built.
    @Test func aliasesExpandingPastTheLimitAreRefused() throws {
        let long = String(repeating: "法", count: 100_000)
        var text = "issuer: &t \(long)\nother:\n"
        for _ in 0..<2_000 { text += "  - *t\n" }
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "bomb.yaml") }
        let issue = try #require(error?.issues.first)
        #expect(issue.message.contains("with its aliases (*name) expanded the ledger grows past 4.0 MB of text"), "\(issue)")
        // The anchored text is 300,000 bytes of UTF-8; with the 13th alias (line 15) 14 copies pass 4 MB.
        #expect(issue.line == 15, "\(issue)")
        #expect(issue.chinese?.contains("别名") == true)
        #expect(error?.description.count ?? .max < 2_000, "the quoted line is cut")
    }

    /// Aliases of aliases (exponential growth: 10⁹ values from 10 lines) are counted, not expanded.
    @Test func nestedAliasesAreCountedNotExpanded() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<10 {
            let previous = "*a\(level - 1)"
            text += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "laughs.yaml") }
        #expect(error?.issues.first?.message.contains("grows past 200000 values") == true, "\(String(describing: error))")
    }

    @Test func deepNestingAndHugeLedgersAreRefused() throws {
        // 500 levels: libyaml itself stops at 1,000; Yams would compose 500 levels recursively.
        let deep = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        let nested = #expect(throws: LedgerError.self) { try LedgerReader().read("other: " + deep, name: "deep.yaml") }
        #expect(nested?.issues.first?.message == "lists and mappings nest deeper than 64 levels")

        let huge = "issuer: " + String(repeating: "x", count: LedgerBudget.maxBytes)
        let large = #expect(throws: LedgerError.self) { try LedgerReader().read(huge, name: "huge.yaml") }
        #expect(large?.issues.first?.message == "the ledger is 2000008 bytes; the limit is 2000000 (2.0 MB)")
    }
}
