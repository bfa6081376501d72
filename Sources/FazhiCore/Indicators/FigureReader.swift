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
        let found = scanner.scan(text, original: source).filter { q in
            q.range.start >= start && q.range.end <= end
                && !chromeLines.contains { $0.contains(q.range.start) }
        }
        var result: [Quantity] = []
        result.reserveCapacity(found.count)
        for (i, q) in found.enumerated() {
            var q = q
            if q.sentence == nil { q.sentence = TextRange(Sentences.sentence(around: q.range.start, in: text)) }
            let previousEnd = i > 0 ? found[i - 1].range.end : nil
            let nextStart = i + 1 < found.count ? found[i + 1].range.start : nil
            let matches = matcher.match(q, in: text, previousEnd: previousEnd, nextStart: nextStart)
            if matches.isEmpty { result.append(q) }
            for m in matches {
                var assigned = q
                assigned.indicator = m.indicator
                assigned.cue = m.cue
                result.append(assigned)
            }
        }
        return result
    }
}
