/// Reads every figure of a report and assigns it to a catalog indicator where its clause says so.
///
/// Figures are scanned in the normalized text of the body (site chrome and the header's dates are
/// not figures), their `text` is taken from the source in its own script, and each keeps the
/// sentence it stands in.
struct FigureReader: Sendable {
    var scanner = QuantityScanner()
    var matcher = IndicatorMatcher.shared

    func read(_ layout: TextLayout, source: [Unicode.Scalar], body: Range<Int>) -> [Quantity] {
        let text = layout.scalars
        var found: [Quantity] = []
        for index in body {
            let line = layout.lines[index]
            guard !line.isBlank, !line.isChrome else { continue }
            let scanned = scanner.scan(text, range: line.content)
            found.append(contentsOf: scanned)
        }
        var result: [Quantity] = []
        result.reserveCapacity(found.count)
        for (i, q) in found.enumerated() {
            var q = q
            q.text = String(scalars: source[q.range.asRange])
            q.sentence = TextRange(Sentences.sentence(around: q.range.start, in: text))
            let previousEnd = i > 0 ? found[i - 1].range.end : nil
            let nextStart = i + 1 < found.count ? found[i + 1].range.start : nil
            let matches = matcher.match(q, in: text, previousEnd: previousEnd, nextStart: nextStart)
            if matches.isEmpty {
                result.append(q)
            }
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
