extension SynthComposer {
    /// The words of a shortcomings part. They come from the stream of the report they go back to,
    /// so a report that copies another's shortcomings repeats its items, style and reasons while
    /// its own year and names fill the slots.
    struct ShortcomingsContent {
        var lead: String
        var inlineLead: String
        var items: [String]
        var style: Int
        var reasons: String?
    }

    func shortcomingsContent() -> ShortcomingsContent {
        let origin = SynthPlan.shortcomingsOrigin(seed: seed, index: plan.index)
        var r = SynthRandom(seed: seed, index: origin, stream: .shortcomings)
        let bank = self.bank.shortcomings
        let items = r.subset(r.shuffled(bank.items.map(\.text)), count: r.int(3...5))
        return ShortcomingsContent(
            lead: r.pick(bank.leads).text, inlineLead: r.pick(bank.inlineLeads).text, items: items,
            style: r.int(0...2), reasons: r.chance(0.6) ? r.pick(bank.reasons) : nil)
    }

    /// The headed shortcomings part: 一是…二是… in the lead's paragraph, or numbered lines.
    mutating func shortcomings() {
        let content = shortcomingsContent()
        var lead = render(content.lead)
        if rng.chance(0.3), let rectified = pick(bank.shortcomings.rectified) {
            lead = render(rectified) + lead
            wroteRectification = true
        }
        let items = content.items.map { render($0) }
        switch content.style {
        case 0:
            draft.paragraph(lead + enumerated(items, separator: "；") + "。")
        case 1:
            draft.paragraph(lead)
            for (i, item) in items.enumerated() { draft.paragraph(subMarker(i + 1) + item + "。") }
        default:
            draft.paragraph(lead)
            for (i, item) in items.enumerated() { draft.paragraph("\(i + 1)." + item + "。") }
        }
        if let reasons = content.reasons { draft.paragraph(render(reasons)) }
    }

    mutating func leadership() {
        leadershipBody(nested: false)
    }

    /// The leaders' duties: a lead and 2–4 items, run in (一是…) or, for a part of its own, as lines.
    mutating func leadershipBody(nested: Bool) {
        let lead = pick(bank.leadership.leads).map { render($0) } ?? ""
        let items = chooseSentences(bank.leadership.items, count: rng.int(3...5)).map { render($0) + "。" }
        if nested || rng.chance(0.6) {
            draft.paragraph(lead + enumerated(items))
        } else {
            draft.paragraph(lead)
            for (i, item) in items.enumerated() { draft.paragraph(subMarker(i + 1) + item) }
        }
    }

    /// Next year's plan: a lead, one item per area (mostly those of the measures), a closing.
    mutating func planPart() {
        if let lead = pick(bank.planLeads) { draft.paragraph(render(lead)) }
        var ids = areasUsed.filter { bank.areas[$0] != nil }
        if ids.isEmpty { ids = ["functions", "enforcement", "disputes"] }
        let chosen = rng.subset(ids, count: rng.int(min(4, ids.count)...min(7, ids.count)))
        let inline = rng.chance(0.3)
        for (i, id) in chosen.enumerated() {
            guard let area = bank.areas[id] else { continue }
            let fitting = area.plan.filter { $0.fits(plan.level, plan.year) }.map(\.text)
            let sentences = rng.subset(rng.shuffled(fitting), count: min(rng.int(1...3), fitting.count)).map { render($0) }
            let item = render(rng.pick(area.planHeadings)) + "。" + sentences.joined()
            let marker = inline ? bank.inlineEnumerators[min(i, bank.inlineEnumerators.count - 1)] : subMarker(i + 1)
            draft.paragraph(marker + item)
        }
        if rng.chance(0.5) { draft.paragraph(render(rng.pick(bank.planClosings))) }
    }

    /// 工作亮点 and the like: a lead and 2–3 items.
    mutating func other() {
        let lead = pick(bank.other.leads).map { render($0) } ?? ""
        let items = chooseSentences(bank.other.items, count: rng.int(2...3)).map { render($0) + "。" }
        if rng.chance(0.5) {
            draft.paragraph(lead + enumerated(items))
        } else {
            draft.paragraph(lead)
            for (i, item) in items.enumerated() { draft.paragraph(subMarker(i + 1) + item) }
        }
    }
}
