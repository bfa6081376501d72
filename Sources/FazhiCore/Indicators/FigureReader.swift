/// Reads every figure of a report and assigns it to a catalog indicator where its clause says so.
///
/// Figures are scanned in the normalized text; those outside the body (the page header's dates
/// and counters, the 落款) and on site-chrome lines are dropped. Each keeps its text in the
/// source's own script and the sentence it stands in.
struct FigureReader: Sendable {
    var scanner = QuantityScanner.shared
    var matcher = IndicatorMatcher.shared

    func read(_ layout: TextLayout, source: [Unicode.Scalar], body: Range<Int>) -> [Quantity] {
        let text = layout.scalars
        guard !body.isEmpty else { return [] }
        let start = layout.lines[body.lowerBound].range.lowerBound
        let end = layout.lines[body.upperBound - 1].range.upperBound
        let chromeLines = layout.lines[body].filter(\.isChrome).map(\.range)
        var found = scanner.scan(text, original: source).filter { q in
            q.range.start >= start && q.range.end <= end && !Self.isOnLine(q.range.start, chromeLines)
        }
        for i in found.indices where found[i].sentence == nil {
            found[i].sentence = TextRange(Sentences.sentence(around: found[i].range.start, in: text))
        }
        var matched: [[IndicatorMatcher.Match]] = []
        matched.reserveCapacity(found.count)
        let scan = SentenceScan()
        var consumed = 0  // the end of a cue the previous figure took from after itself
        for (i, q) in found.enumerated() {
            let previousEnd = i > 0 ? max(found[i - 1].range.end, consumed) : nil
            let nextStart = i + 1 < found.count ? found[i + 1].range.start : nil
            let matches = matcher.match(q, in: text, previousEnd: previousEnd, nextStart: nextStart, scan: scan)
            consumed = matches.map(\.cueRange.upperBound).filter { $0 > q.range.end }.max() ?? 0
            matched.append(matches)
        }
        inheritAcrossLists(found, &matched, text)
        dropBreakdowns(found, &matched, text)
        var result: [Quantity] = []
        result.reserveCapacity(found.count)
        for (i, q) in found.enumerated() {
            if matched[i].isEmpty { result.append(q) }
            for m in matched[i] {
                var assigned = q
                assigned.indicator = m.indicator
                assigned.cue = m.cue
                result.append(assigned)
            }
        }
        return result
    }

    /// Whether `position` is on one of `lines` (in text order, not overlapping): a binary search.
    static func isOnLine(_ position: Int, _ lines: [Range<Int>]) -> Bool {
        let past = lines.partitionPoint { $0.lowerBound > position }
        return past > 0 && lines[past - 1].contains(position)
    }

    /// 国家任务412个、省级任务204个; 18件规范性文件、68件上会文件合法性审查: a figure with no cue of its
    /// own, listed with 、 right next to a figure of the same unit, counts the same thing.
    private func inheritAcrossLists(_ found: [Quantity], _ matched: inout [[IndicatorMatcher.Match]], _ text: [Unicode.Scalar]) {
        func listed(_ a: Quantity, _ b: Quantity) -> Bool {
            guard a.unit == b.unit, b.range.start > a.range.end, b.range.start - a.range.end <= 8 else { return false }
            let gap = text[a.range.end..<b.range.start]
            return gap.contains("、") && !gap.contains { IndicatorMatcher.isHardBoundary($0) }
        }
        // The two items name the same thing: 国家任务412个、省级任务204个 (任务 both), not 学习11次、研讨5次.
        func sameHead(before i: Int, _ j: Int) -> Bool {
            let a = found[i].range.start, b = found[j].range.start
            guard a >= 2, b >= 2 else { return false }
            return text[(a - 2)..<a].elementsEqual(text[(b - 2)..<b])
        }
        func sameHead(after i: Int, _ j: Int) -> Bool {
            // 18件规范性文件、68件上会文件…: the noun after the first (before 、) recurs after the second.
            let gapEnd = found[j].range.start
            guard let comma = text[found[i].range.end..<gapEnd].firstIndex(of: "、"), comma - found[i].range.end >= 2 else { return false }
            let head = text[(comma - 2)..<comma]
            let after = found[j].range.end
            let end = min(text.count, after + 8)
            guard end - after >= 2 else { return false }
            for k in after...(end - 2) where text[k..<(k + 2)].elementsEqual(head) { return true }
            return false
        }
        for i in found.indices where matched[i].isEmpty {
            if i > 0, matched[i - 1].count == 1, listed(found[i - 1], found[i]), sameHead(before: i - 1, i),
               matched[i - 1][0].cueRange.upperBound <= found[i - 1].range.start {
                matched[i] = matched[i - 1]
            } else if i + 1 < found.count, matched[i + 1].count == 1, listed(found[i], found[i + 1]), sameHead(after: i, i + 1),
                      matched[i + 1][0].cueRange.lowerBound >= found[i + 1].range.end {
                matched[i] = matched[i + 1]
            }
        }
    }

    /// 培训12期,其中执法培训5期: a part after 其中 is not counted again for the indicator its total has.
    ///
    /// One pass: the 其中 before each figure is found by binary search among all of them, and the
    /// totals before it (the figures of its sentence that end before the 其中) are gathered as the
    /// window of figures grows, so a sentence of many figures costs no more than its length.
    private func dropBreakdowns(_ found: [Quantity], _ matched: inout [[IndicatorMatcher.Match]], _ text: [Unicode.Scalar]) {
        let markers = Self.breakdownMarkers(text)
        guard !markers.isEmpty else { return }
        // The scanner's figures are in order and do not overlap: then the figures of a sentence that
        // end before a place are a run of indices, found by binary search.
        let ordered = zip(found, found.dropFirst()).allSatisfy { $0.range.end <= $1.range.start }
        var window = (lower: 0, upper: 0)
        var totals: Set<String> = []
        for i in found.indices where !matched[i].isEmpty {
            guard let sentence = found[i].sentence,
                  let at = Self.last(markers, atOrBefore: found[i].range.start - 2), at >= sentence.start else { continue }
            if ordered {
                let lower = found.partitionPoint { $0.range.start >= sentence.start }
                let upper = found.partitionPoint { $0.range.end > at }
                if lower != window.lower || upper < window.upper {
                    window = (lower, lower)
                    totals = []
                }
                for j in window.upper..<max(window.upper, upper) { totals.formUnion(matched[j].map(\.indicator)) }
                window.upper = max(window.upper, upper)
            } else {
                totals = Set(found.indices.filter { $0 < i && found[$0].range.end <= at && found[$0].range.start >= sentence.start }
                    .flatMap { matched[$0].map(\.indicator) })
            }
            matched[i].removeAll { totals.contains($0.indicator) }
        }
    }

    /// Where 其中 starts, every place in text order.
    static func breakdownMarkers(_ text: [Unicode.Scalar]) -> [Int] {
        var found: [Int] = []
        var p = 0
        while p + 1 < text.count {
            if text[p] == "其", text[p + 1] == "中" { found.append(p) }
            p += 1
        }
        return found
    }

    /// The last of the increasing `positions` at or before `limit`.
    static func last(_ positions: [Int], atOrBefore limit: Int) -> Int? {
        let past = positions.partitionPoint { $0 > limit }
        return past > 0 ? positions[past - 1] : nil
    }
}
