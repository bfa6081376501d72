/// A report's exact figures (neither approximate nor a change) by indicator, for the checks that
/// relate one figure to another (a rate to its counts, a part to its whole).
///
/// Built once per report, so a check looks a figure up in time logarithmic in the figures of one
/// sentence instead of filtering every figure of the report once per rate or part.
struct FigureIndex: Sendable {
    /// The exact figures of one indicator in one sentence, in report order.
    struct Sentence: Sendable {
        var figures: [Quantity] = []
        /// Whether their starts never decrease (as the reader makes them): then a binary search finds the last one before a place.
        var inTextOrder = true
    }

    /// The exact figures of one indicator.
    struct Figures: Sendable {
        var first: Quantity?
        /// Whether every figure has the value of the first (the report states one value for it).
        var oneValue = true
        var bySentence: [TextRange: Sentence] = [:]
    }

    private var byIndicator: [String: Figures] = [:]

    init(_ quantities: [Quantity]) {
        for q in quantities where q.approx == nil && q.change == nil {
            guard let id = q.indicator else { continue }
            var figures = byIndicator.removeValue(forKey: id) ?? Figures()
            if let first = figures.first {
                if q.value != first.value { figures.oneValue = false }
            } else {
                figures.first = q
            }
            if let sentence = q.sentence {
                var same = figures.bySentence.removeValue(forKey: sentence) ?? Sentence()
                if let last = same.figures.last, last.range.start > q.range.start { same.inTextOrder = false }
                same.figures.append(q)
                figures.bySentence[sentence] = same
            }
            byIndicator[id] = figures
        }
    }

    /// The one figure of `indicator` that goes with `anchor`: the last one of the anchor's sentence
    /// that starts at or before it, else the only value the report states. `nil` when ambiguous.
    func figure(_ indicator: String, near anchor: Quantity?) -> Quantity? {
        guard let figures = byIndicator[indicator] else { return nil }
        if let anchor, let sentence = anchor.sentence, let same = figures.bySentence[sentence],
           let found = Self.last(in: same, startingAtOrBefore: anchor.range.start) {
            return found
        }
        return figures.oneValue ? figures.first : nil
    }

    /// The last figure of `sentence` whose start is at most `position`.
    static func last(in sentence: Sentence, startingAtOrBefore position: Int) -> Quantity? {
        let figures = sentence.figures
        guard sentence.inTextOrder else { return figures.last { $0.range.start <= position } }
        let past = figures.partitionPoint { $0.range.start > position }
        return past > 0 ? figures[past - 1] : nil
    }
}
