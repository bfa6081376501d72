import FazhiDraft
import Foundation
import Testing

/// Ledgers with mistakes: each kind gives a clear error naming its line, field and problem, never a crash.
struct LedgerValidationTests {
    struct Mistake: CustomTestStringConvertible, Sendable {
        var name: String
        /// The text to find (its line is the expected one) and what it becomes.
        var old: String
        var new: String
        var field: String
        var message: String
        var testDescription: String { name }
    }

    static let mistakes: [Mistake] = [
        Mistake(name: "unknown indicator", old: "normative_docs.issued: 3", new: "normative_docs.isued: 3",
                field: "figures.normative_docs.isued", message: "unknown indicator “normative_docs.isued”; did you mean “normative_docs.issued”?"),
        Mistake(name: "value of the wrong type", old: "major_decisions.count: 3", new: "major_decisions.count: 三项",
                field: "figures.major_decisions.count", message: "wrong type: expected a number"),
        Mistake(name: "fractional count", old: "enforcement.cases: 107", new: "enforcement.cases: 107.5",
                field: "figures.enforcement.cases", message: "must be a whole number"),
        Mistake(name: "number in quotes", old: "public_lawyers.added: 17", new: "public_lawyers.added: \"17\"",
                field: "figures.public_lawyers.added", message: "the quoted “17” is text"),
        Mistake(name: "rate past 100%", old: "exam.pass_rate: 100", new: "exam.pass_rate: 120",
                field: "figures.exam.pass_rate", message: "past 100%"),
        Mistake(name: "approx not a choice", old: "{value: 900, approx: over}", new: "{value: 900, approx: many}",
                field: "approx", message: "“many” is not one of over, under, about"),
        Mistake(name: "bad date", old: "signed: 2024-02-20", new: "signed: 2024-02-30",
                field: "signed", message: "“2024-02-30” is not a date"),
        Mistake(name: "date outside the report's years", old: "signed: 2024-02-20", new: "signed: 2021-02-20",
                field: "signed", message: "is not in 2023 or 2024"),
        Mistake(name: "year of the wrong type", old: "year: 2023", new: "year: 二〇二三",
                field: "year", message: "wrong type: expected a whole number"),
        Mistake(name: "unknown level", old: "level: district", new: "level: county",
                field: "level", message: "“county” is not one of province, city, district, township, department"),
        Mistake(name: "unknown framework area", old: "area: decisions", new: "area: decision",
                field: "measures[4].area", message: "did you mean “decisions”?"),
        Mistake(name: "misspelt field", old: "addressee: 武清区人大常委会", new: "adressee: 武清区人大常委会",
                field: "adressee", message: "unknown field"),
        Mistake(name: "placeholder without a figure", old: "{enforcement.cases}", new: "{enforcement.case}",
                field: "measures[5].text", message: "placeholder {enforcement.case} has no figure"),
        Mistake(name: "list where text is expected", old: "issuer: 武清区人民政府", new: "issuer: [武清区人民政府]",
                field: "issuer", message: "wrong type: expected text, found a list"),
        Mistake(name: "YAML syntax", old: "level: district", new: "level: [district",
                field: "", message: "not valid YAML"),
    ]

    @Test(arguments: mistakes)
    func eachMistakeNamesItsLineAndField(_ mistake: Mistake) throws {
        let (text, line) = Sample.replacing(mistake.old, with: mistake.new, in: try Sample.ledgerText)
        #expect(line > 0)
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "ledger.yaml") }
        let issues = error?.issues ?? []
        let issue = issues.first { $0.field.hasSuffix(mistake.field) && $0.message.contains(mistake.message) }
        #expect(issue != nil, "no issue \(mistake.field): \(mistake.message) in \(issues)")
        if mistake.name != "YAML syntax" { #expect(issue?.line == line) }
        #expect(error?.description.contains("ledger.yaml:\(issue?.line ?? 0):") == true)
    }

    @Test func missingMandatedPartIsNamed() throws {
        var lines = try Sample.ledgerText.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "leadership:"), let end = lines.firstIndex(where: { $0.hasPrefix("plan:") })
        else { Issue.record("the sample has no leadership part"); return }
        lines.removeSubrange(start..<end)
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(lines.joined(separator: "\n"), name: "l.yaml") }
        #expect(error?.issues.contains { $0.field == "leadership" && $0.message.contains("missing mandated part") } == true)
    }

    @Test func emptyMandatedPartIsNamed() throws {
        var lines = try Sample.ledgerText.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "plan:"), let end = lines.firstIndex(where: { $0.hasPrefix("# other:") })
        else { Issue.record("the sample has no plan part"); return }
        lines.replaceSubrange(start..<end, with: ["plan: []"])
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(lines.joined(separator: "\n"), name: "l.yaml") }
        #expect(error?.issues.map(\.description) == ["\(start + 1):7: plan: is empty: the part needs at least one item"])
    }

    @Test func everyMistakeIsReportedAtOnce() throws {
        var text = Sample.replacing("normative_docs.issued: 3", with: "normative_docs.isued: 3", in: try Sample.ledgerText).text
        text = Sample.replacing("signed: 2024-02-20", with: "signed: 2024-13-01", in: text).text
        text = Sample.replacing("level: district", with: "level: county", in: text).text
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "l.yaml") }
        // The misspelt figure also leaves its placeholder without a figure.
        #expect((error?.issues.count ?? 0) >= 4)
        let lines = error?.issues.map(\.line) ?? []
        #expect(lines == lines.sorted())
    }

    @Test func jsonMistakesHaveLineNumbersToo() throws {
        let (text, line) = Sample.replacing("\"study.sessions\": 12", with: "\"study.session\": 12", in: try Sample.text(Sample.jsonPath))
        #expect(line > 0)
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "l.json") }
        #expect(error?.issues.contains { $0.line == line && $0.message.contains("unknown indicator") } == true)
    }

    @Test(arguments: ["", "- just\n- a list\n", "issuer: 某区人民政府\n", "\u{FEFF}{]", "year: 2023\nyear: 2024\n"])
    func malformedLedgersFailWithoutCrashing(_ text: String) {
        let error = #expect(throws: LedgerError.self) { try LedgerReader().read(text, name: "bad.yaml") }
        #expect(error?.issues.isEmpty == false)
    }

    @Test func yamlAndJSONTwinReadAlike() throws {
        let yaml = try LedgerReader().read(try Sample.ledgerText, name: "l.yaml")
        let json = try LedgerReader().read(try Sample.text(Sample.jsonPath), name: "l.json")
        #expect(ReportComposer().compose(yaml) == ReportComposer().compose(json))
        #expect(yaml.figures.map(\.indicator) == json.figures.map(\.indicator))
        #expect(yaml.figures.map(\.value) == json.figures.map(\.value))
    }

    @Test func everyDeletedLineOrTruncationIsHandled() throws {
        let text = try Sample.ledgerText
        let lines = text.components(separatedBy: "\n")
        var variants = lines.indices.map { index in
            var copy = lines
            copy.remove(at: index)
            return copy.joined(separator: "\n")
        }
        let characters = Array(text)
        variants += stride(from: 0, to: characters.count, by: 97).map { String(characters[..<$0]) }
        var failures = 0
        for variant in variants {
            do {
                _ = try LedgerReader().read(variant, name: "v.yaml")
            } catch {
                failures += 1
                let count = variant.components(separatedBy: "\n").count
                #expect(!error.issues.isEmpty)
                #expect(error.issues.allSatisfy { (1...count + 1).contains($0.line) && $0.column >= 1 })
                #expect(!error.description.isEmpty)
            }
        }
        // Deleting a comment or a blank line leaves a valid ledger; most other deletions do not.
        #expect(failures > variants.count / 3)
    }
}
