import FazhiCore
import FazhiOffice

/// Composes a ledger into the report's text: the title, the addressee, the mandated parts in the
/// regulation's order under their standard headings (一、 … 四、, and 五、 when there is more to
/// report), measures grouped under their framework areas as (一)(二)…, figures written out, last
/// year's checklist and figures carried in, and the 落款 with the date.
public struct ReportComposer: Sendable {
    var phrases: DraftPhrases = .shared
    var figures = FigureWriter()

    public init() {}

    public func compose(_ ledger: Ledger) -> OfficialDocument {
        let year = ledger.year
        let values = ["year": "\(year)", "next": "\(year + 1)", "previousYear": "\(year - 1)", "unit": unitWord(ledger)]
        func fill(_ template: String) -> String { DraftPhrases.fill(template, values) }

        var blocks: [OfficialDocument.Block] = []
        var part = 0
        func heading(_ template: String) {
            part += 1
            blocks.append(.heading1("\(phrases.numeral(part))、" + fill(template)))
        }

        heading(phrases.headings.measures)
        blocks += measureBlocks(ledger)

        heading(phrases.headings.shortcomings)
        if let checklist = ledger.previous?.checklist, !checklist.isEmpty {
            blocks.append(.paragraph([.init(rectification(checklist, fill: fill))]))
        }
        blocks.append(.paragraph([.init(ledger.shortcomingsIntro.map(Self.sentence) ?? fill(phrases.shortcomingsIntro))]))
        for (index, item) in ledger.shortcomings.enumerated() {
            let cause = item.cause.map { Self.sentence(Self.startsWithCause($0) ? $0 : phrases.cause + $0) } ?? ""
            blocks.append(.paragraph([.init("（\(phrases.numeral(index + 1))）" + Self.sentence(item.problem), style: .heading2),
                                      .init(cause)]))
        }

        heading(phrases.headings.leadership)
        for paragraph in ledger.leadership { blocks.append(.paragraph([.init(write(paragraph, ledger))])) }

        heading(phrases.headings.plan)
        for (index, item) in ledger.plan.enumerated() {
            blocks.append(.paragraph([.init("（\(phrases.numeral(index + 1))）" + Self.sentence(item.heading), style: .heading2),
                                      .init(item.text)]))
        }

        if !ledger.other.isEmpty {
            heading(phrases.headings.other)
            for paragraph in ledger.other { blocks.append(.paragraph([.init(write(paragraph, ledger))])) }
        }

        blocks = blocks.map(Self.normalized)
        let signed = LedgerDate(ledger.signed)
        var document = OfficialDocument(
            title: Self.titleLines(title(ledger)), addressee: ledger.addressee.map { $0 + "：" }, blocks: blocks,
            issuer: ledger.issuer, date: signed?.chinese ?? ledger.signed)
        if let signed { document.created = signed.morning }
        return document
    }

    /// A block with full-width punctuation in its Chinese text.
    static func normalized(_ block: OfficialDocument.Block) -> OfficialDocument.Block {
        switch block {
        case let .heading1(text): .heading1(Punctuation.normalized(text))
        case let .heading2(text): .heading2(Punctuation.normalized(text))
        case let .paragraph(runs): .paragraph(runs.map { .init(Punctuation.normalized($0.text), style: $0.style) })
        }
    }

    /// Part 一: each run of measures of one area under a (一) heading, its first paragraph inline.
    func measureBlocks(_ ledger: Ledger) -> [OfficialDocument.Block] {
        var blocks: [OfficialDocument.Block] = []
        var groups = 0
        var currentArea: String?
        let edition = FrameworkEdition.forReportYear(ledger.year)
        for measure in ledger.measures {
            let text = write(measure.paragraph, ledger)
            if measure.area == currentArea && measure.heading == nil {
                blocks.append(.paragraph([.init(text)]))
                continue
            }
            currentArea = measure.area
            groups += 1
            let name = measure.heading ?? Self.shortName(edition.area(measure.area)?.name ?? measure.area)
            blocks.append(.paragraph([.init("（\(phrases.numeral(groups))）" + Self.sentence(name), style: .heading2),
                                      .init(text)]))
        }
        return blocks
    }

    /// The paragraph's text with each `{id}` replaced by its figure, written out; last year's figure, when
    /// the ledger has it, follows as a change at the end of the figure's clause (……办结行政复议案件240件，
    /// 同比增长10.1%，纠错35件), so that "900余项职权事项" stays whole.
    func write(_ paragraph: Ledger.Paragraph, _ ledger: Ledger) -> String {
        var text = paragraph.text
        for figure in paragraph.figures {
            let placeholder = "{\(figure.indicator)}"
            guard let range = text.range(of: placeholder) else { continue }
            text.replaceSubrange(range, with: figures.text(figure))
            guard let previous = ledger.previous?.figures[figure.indicator],
                  let indicator = figures.catalog.indicator(figure.indicator),
                  let change = figures.change(figure.value, previous: previous, rate: indicator.isRate) else { continue }
            let from = text.index(range.lowerBound, offsetBy: figures.text(figure).count)
            let end = text[from...].firstIndex(where: { ",，;；。".contains($0) }) ?? text.endIndex
            text.insert(contentsOf: "，" + change, at: end)
        }
        return text
    }

    func rectification(_ checklist: [Ledger.ChecklistItem], fill: (String) -> String) -> String {
        let r = phrases.rectification
        var items: [String] = []
        for item in checklist {
            let status = switch (item.kind, item.status) {
            case (.plan, .rectified): r.planDone
            case (.plan, _): r.planCarried
            case (_, .rectified): r.rectified
            default: r.carriedOver
            }
            var text = Self.clause(item.item) + "，" + fill(status)
            if let note = item.note { text += "（" + Self.clause(note) + "）" }
            items.append("\(phrases.numeral(items.count + 1))是" + text)
        }
        return fill(r.intro) + items.joined(separator: ";") + "。"
    }

    func title(_ ledger: Ledger) -> String {
        if let title = ledger.title { return title }
        let suffix = phrases.governmentSuffixes.first { ledger.issuer.hasSuffix($0) && ledger.issuer.count > $0.count }
        let place = suffix.map { String(ledger.issuer.dropLast($0.count)) }
        return DraftPhrases.fill(place == nil ? phrases.title.other : phrases.title.government,
                                 ["issuer": ledger.issuer, "place": place ?? "", "year": "\(ledger.year)"])
    }

    /// How the unit calls itself after 我: 区, 县, 市, 街道 … from the jurisdiction; a department by
    /// the last character of its name (局, 委).
    func unitWord(_ ledger: Ledger) -> String {
        if ledger.level != "department" {
            for name in [ledger.jurisdiction, ledger.issuer].compactMap({ $0 }) {
                let stem = phrases.governmentSuffixes.reduce(name) { $0.hasSuffix($1) ? String($0.dropLast($1.count)) : $0 }
                if let word = phrases.unitWords.first(where: { stem.hasSuffix($0) }) { return word }
            }
        }
        return ledger.issuer.last.map(String.init) ?? ""
    }

    /// The part of an area's name before its comma: 健全政府机构职能体系,推动… → 健全政府机构职能体系.
    static func shortName(_ name: String) -> String {
        String(name.split(whereSeparator: { $0 == "," || $0 == "," }).first ?? Substring(name))
    }

    /// A sentence ending in one full stop.
    static func sentence(_ text: String) -> String {
        let stripped = clause(text)
        return stripped.isEmpty ? "" : stripped + "。"
    }

    /// Text without its closing punctuation.
    static func clause(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        while let last = text.last, "。.;;,,".contains(last) { text.removeLast() }
        return text
    }

    static func startsWithCause(_ text: String) -> Bool {
        ["主要原因", "原因", "究其原因", "分析原因"].contains { text.hasPrefix($0) }
    }

    /// A long title split before 法治政府建设 so that neither line passes the 版心's 20 characters of 2号.
    static func titleLines(_ title: String) -> [String] {
        guard title.count > 20, let split = title.range(of: "法治政府建设", options: .backwards),
              title.distance(from: title.startIndex, to: split.lowerBound) >= 6 else { return [title] }
        return [String(title[..<split.lowerBound]), String(title[split.lowerBound...])]
    }
}
