import FazhiCore
import Foundation
import Yams

/// The parts of a ledger: measures, shortcomings, leadership and other paragraphs, plan items, figures.
extension LedgerReader {
    func measure(_ node: Node, _ path: String, year: Int?, _ r: NodeReader) -> Ledger.Measure? {
        guard let f = r.fields(node, path, allowed: ["area", "heading", "text", "figures"]) else { return nil }
        let areas = FrameworkEdition.forReportYear(year).areas.map(\.id)
        var area: String?
        if let entry = f["area"] {
            area = r.string(entry.value, "\(path).area")
            if let id = area, !areas.contains(id) {
                let hint = Suggestion.nearest(id, in: areas).map { "; did you mean “\($0)”?" } ?? ""
                r.issue(entry.value, "\(path).area", "unknown framework area “\(id)” (areas: \(areas.joined(separator: ", ")))\(hint)")
                area = nil
            }
        } else {
            r.issue(node, "\(path).area", "missing (required): the framework area the measure belongs to")
        }
        let paragraph = paragraphFields(f, node, path, r)
        guard let area, let paragraph else { return nil }
        return Ledger.Measure(area: area, heading: f["heading"].flatMap { r.string($0.value, "\(path).heading") },
                              paragraph: paragraph)
    }

    func shortcoming(_ node: Node, _ path: String, _ r: NodeReader) -> Ledger.Shortcoming? {
        if case .scalar = node { return r.string(node, path).map { Ledger.Shortcoming(problem: $0, cause: nil) } }
        guard let f = r.fields(node, path, allowed: ["problem", "cause"]) else { return nil }
        guard let problem = f["problem"] else {
            r.issue(node, "\(path).problem", "missing (required)")
            return nil
        }
        return r.string(problem.value, "\(path).problem").map {
            Ledger.Shortcoming(problem: $0, cause: f["cause"].flatMap { r.string($0.value, "\(path).cause") })
        }
    }

    /// A paragraph: plain text, or `text` with `figures`.
    func paragraph(_ node: Node, _ path: String, _ r: NodeReader) -> Ledger.Paragraph? {
        if case .scalar = node {
            return r.string(node, path).flatMap { text in
                checkPlaceholders(text, figures: [], node: node, path: path, r)
                return Ledger.Paragraph(text: text, line: node.mark?.line ?? 0)
            }
        }
        guard let f = r.fields(node, path, allowed: ["text", "figures"]) else { return nil }
        return paragraphFields(f, node, path, r)
    }

    func planItem(_ node: Node, _ path: String, _ r: NodeReader) -> Ledger.PlanItem? {
        guard let f = r.fields(node, path, allowed: ["heading", "text"]) else { return nil }
        guard let heading = f["heading"] else {
            r.issue(node, "\(path).heading", "missing (required)")
            return nil
        }
        let text = f["text"].flatMap { r.string($0.value, "\(path).text") } ?? ""
        return r.string(heading.value, "\(path).heading").map { Ledger.PlanItem(heading: $0, text: text) }
    }

    private func paragraphFields(
        _ f: [String: (key: Node, value: Node)], _ node: Node, _ path: String, _ r: NodeReader
    ) -> Ledger.Paragraph? {
        guard let entry = f["text"] else {
            r.issue(node, "\(path).text", "missing (required)")
            return nil
        }
        guard let text = r.string(entry.value, "\(path).text") else { return nil }
        let figures = f["figures"].map { self.figures($0.value, "\(path).figures", r) } ?? []
        checkPlaceholders(text, figures: figures, node: entry.value, path: "\(path).text", r)
        for figure in figures where !text.contains("{\(figure.indicator)}") {
            r.issues.append(LedgerIssue(line: figure.line, column: 1, field: "\(path).figures.\(figure.indicator)",
                                        message: "the text has no placeholder {\(figure.indicator)} for this figure"))
        }
        return Ledger.Paragraph(text: text, figures: figures, line: entry.value.mark?.line ?? 0)
    }

    /// Every `{id}` in `text` must name one of the paragraph's figures.
    private func checkPlaceholders(
        _ text: String, figures: [Ledger.Figure], node: Node, path: String, _ r: NodeReader
    ) {
        for id in Placeholders.names(in: text) where !figures.contains(where: { $0.indicator == id }) {
            r.issue(node, path, "placeholder {\(id)} has no figure under figures")
        }
    }

    /// `figures`: indicator id → value, or → {value, approx, unit}.
    func figures(_ node: Node, _ path: String, _ r: NodeReader) -> [Ledger.Figure] {
        guard case let .mapping(mapping) = node else {
            r.issue(node, path, "wrong type: expected indicator: value lines, found \(NodeReader.kind(node))")
            return []
        }
        var result: [Ledger.Figure] = []
        for (key, value) in mapping {
            guard case let .scalar(name) = key else { continue }
            let id = name.string
            let field = "\(path).\(id)"
            guard let indicator = catalog.indicator(id) else {
                let hint = Suggestion.nearest(id, in: catalog.indicators.map(\.id)).map { "; did you mean “\($0)”?" }
                r.issue(key, field, "unknown indicator “\(id)”\(hint ?? "") (see `fazhi indicators`)")
                continue
            }
            var figure = Ledger.Figure(indicator: id, value: 0, line: key.mark?.line ?? 0)
            let valueNode: Node
            if case .mapping = value {
                guard let f = r.fields(value, field, allowed: ["value", "approx", "unit"]) else { continue }
                guard let v = f["value"] else {
                    r.issue(value, "\(field).value", "missing (required)")
                    continue
                }
                valueNode = v.value
                figure.approx = f["approx"].flatMap { r.choice($0.value, "\(field).approx", among: ["over", "under", "about"]) }
                if let unit = f["unit"] {
                    figure.unit = r.string(unit.value, "\(field).unit")
                    if let u = figure.unit, !indicator.units.contains(u) {
                        r.issue(unit.value, "\(field).unit", "“\(u)” is not a unit of \(id) (\(indicator.units.joined(separator: ", ")))")
                    }
                }
            } else {
                valueNode = value
            }
            guard let number = r.number(valueNode, field) else { continue }
            figure.value = number
            if let problem = Self.problem(number, typed: valueNode.scalar?.string, indicator) { r.issue(valueNode, field, problem.message, chinese: problem.chinese) }
            result.append(figure)
        }
        return result
    }

    /// What is wrong with a value for an indicator (in English, and in Chinese for the portal): a
    /// negative figure, a rate past 100%, a count past the indicator's ceiling (``FigureRanges``),
    /// a fractional count.
    static func problem(
        _ value: Double, typed: String? = nil, _ indicator: IndicatorCatalog.Indicator
    ) -> (message: String, chinese: String)? {
        let name = indicator.name, typed = typed?.trimmingCharacters(in: .whitespaces) ?? plain(value)
        if value < 0 { return ("\(typed) is negative", "\(name)的数值 \(typed) 为负数。") }
        if indicator.isRate {
            return value > 100 ? ("a rate of \(typed)% is past 100%", "\(name) \(typed)% 超过 100%。") : nil
        }
        if let range = FigureRanges.shared.range(indicator.id), value > range.max {
            let ceiling = plain(range.max)
            return ("\(typed) is past the largest figure a unit can report for \(name) "
                    + "(\(ceiling) \(indicator.unit), figure-ranges.json): check the figure",
                    "\(name)的数值 \(typed) 超出合理范围(上限 \(ceiling)\(indicator.unit)),请核对。")
        }
        if value != value.rounded() {
            return ("wrong type: \(name) is a count of \(indicator.unit) and must be a whole number, not \(typed)",
                    "\(name)以\(indicator.unit)计,应为整数(收到 \(typed))。")
        }
        return nil
    }

    /// A figure as typed, without exponent or grouping (1e26 → 100000000000000000000000000).
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e30 ? String(format: "%.0f", value) : value.formatted()
    }

    /// `previous`: last year's report; its year must be the one before the ledger's.
    func previousReport(_ node: Node, year: Int?, _ r: NodeReader) -> Ledger.Previous? {
        guard let f = r.fields(node, "previous", allowed: ["year", "source", "figures", "checklist"]) else { return nil }
        var figures: [String: Double] = [:]
        for figure in f["figures"].map({ self.figures($0.value, "previous.figures", r) }) ?? [] {
            figures[figure.indicator] = figure.value
        }
        let checklist = f["checklist"].map { list($0.value, "previous.checklist", r) { checklistItem($0, $1, r) } } ?? []
        let previousYear = f["year"].flatMap { r.integer($0.value, "previous.year", in: 1990...2100) }
        if let previousYear, let year, previousYear != year - 1, let node = f["year"]?.value {
            r.issue(node, "previous.year", "last year's report is on \(previousYear), but this ledger is on \(year): "
                    + "carry in the report on \(year - 1)")
        }
        return Ledger.Previous(
            year: previousYear,
            source: f["source"].flatMap { r.string($0.value, "previous.source") },
            figures: figures, checklist: checklist)
    }

    private func checklistItem(_ node: Node, _ path: String, _ r: NodeReader) -> Ledger.ChecklistItem? {
        guard let f = r.fields(node, path, allowed: ["item", "kind", "status", "note"]) else { return nil }
        guard let itemNode = f["item"], let item = r.string(itemNode.value, "\(path).item") else {
            if f["item"] == nil { r.issue(node, "\(path).item", "missing (required)") }
            return nil
        }
        let kind = f["kind"].flatMap { r.choice($0.value, "\(path).kind", among: Ledger.ChecklistItem.Kind.allCases.map(\.rawValue)) }
        let statuses = Ledger.ChecklistItem.Status.allCases.map(\.rawValue)
        let status = f["status"].flatMap { r.choice($0.value, "\(path).status", among: statuses) }
        if f["status"] == nil { r.issue(node, "\(path).status", "missing: mark it rectified or carried_over") }
        if status == Ledger.ChecklistItem.Status.pending.rawValue, let s = f["status"] {
            r.issue(s.value, "\(path).status", "still pending: mark “\(item.prefix(24))” rectified (已整改) or carried_over (继续整改)")
        }
        return Ledger.ChecklistItem(
            item: item, kind: kind.flatMap(Ledger.ChecklistItem.Kind.init(rawValue:)) ?? .shortcoming,
            status: status.flatMap(Ledger.ChecklistItem.Status.init(rawValue:)) ?? .pending,
            note: f["note"].flatMap { r.string($0.value, "\(path).note") }, line: node.mark?.line ?? 0)
    }
}

/// The `{indicator.id}` placeholders of a paragraph's text.
enum Placeholders {
    static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
