extension SynthComposer {
    /// The measures part: a lead, one section per framework area of the report year's outline,
    /// and, as the plan says, a nested leadership item or an unheaded shortcomings paragraph.
    mutating func measures() {
        var lead: [String] = []
        if body.level == .township || body.ambiguous || rng.chance(0.2) { lead.append(render(rng.pick(bank.upperMentions))) }
        if rng.chance(0.7) { lead.append(render(rng.pick(bank.measureLeads))) }
        if !lead.isEmpty { draft.paragraph(lead.joined()) }
        areasUsed = chooseAreas()
        for (i, id) in areasUsed.enumerated() { area(id, number: i + 1) }
        if plan.nestedLeadership {
            draft.heading(subMarker(areasUsed.count + 1) + rng.pick(bank.partHeadings.leadershipNested))
            leadershipBody(nested: true)
        }
        if plan.inlineShortcomings {
            let content = shortcomingsContent()
            draft.paragraph(render(content.inlineLead) + content.items.map { render($0) }.joined(separator: "；") + "等。")
        }
    }

    /// 5–9 areas in the outline's order (2015–2020 纲要 up to 2020, 2021–2025 纲要 after).
    private mutating func chooseAreas() -> [String] {
        let edition = plan.year >= 2021 ? "2021" : "2016"
        var order = (bank.areaOrders[edition] ?? []).filter { id in bank.areas[id].map { $0.from <= plan.year } ?? false }
        if edition == "2016", rng.chance(0.6) { order.removeAll { $0 == "leadership" } }
        if edition == "2021", order.first == "leadership", rng.chance(0.5) { order.append(order.removeFirst()) }
        if rng.chance(0.5) { order.removeAll { $0 == "society" } }
        guard !order.isEmpty else { return [] }
        return rng.subset(order, count: rng.int(min(6, order.count)...min(11, order.count)))
    }

    /// One area: run in (（一）heading。sentences), heading on its own line, or nested items.
    private mutating func area(_ id: String, number: Int) {
        guard let area = bank.areas[id] else { return }
        let headings = plan.year <= 2020 ? (area.headingsEarly ?? area.headings) : area.headings
        let heading = subMarker(number) + render(rng.pick(headings))
        let sentences = chooseSentences(area.sentences, count: rng.int(5...8)).map { render($0) }
        guard !sentences.isEmpty else { return draft.paragraph(heading + "。") }
        switch rng.weighted([0.55, 0.25, 0.2]) {
        case 0:
            draft.paragraph(heading + "。" + sentences.joined())
        case 1:
            draft.heading(heading)
            draft.paragraph(sentences.joined())
        default:
            draft.heading(heading)
            let points = rng.subset(rng.shuffled(area.points), count: max(1, min(sentences.count, rng.int(2...3))))
            var items: [String] = []
            for (k, point) in points.enumerated() {
                let share = k == points.count - 1 ? sentences[k...] : sentences[k...k]
                items.append(render(point) + "。" + share.joined())
            }
            if rng.chance(0.5) {
                draft.paragraph(enumerated(items))
            } else {
                for (k, item) in items.enumerated() { draft.paragraph(itemMarker(k + 1) + item) }
            }
        }
    }

    /// Up to `count` phrases that fit the report, none planting an indicator already planted.
    mutating func chooseSentences(_ entries: [SynthBank.Entry], count: Int) -> [String] {
        var taken = figures.plantedIDs
        var chosen: [String] = []
        for entry in rng.shuffled(entries.filter { $0.fits(plan.level, plan.year) }) where chosen.count < count {
            let ids = entry.indicators
            guard taken.isDisjoint(with: ids) else { continue }
            taken.formUnion(ids)
            chosen.append(entry.text)
        }
        return chosen
    }
}
