/// Splits text into sentences (。！？；and line breaks) and sentences into clauses (，、：).
///
/// A figure's sentence is what the reader is shown as its evidence; its clause is where the
/// indicator matcher looks for cue words (行政复议申请24件,受理24件 → two clauses).
public enum Sentences {
    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "。", "！", "？", "!", "?", "；", ";", "\n": true
        default: false
        }
    }

    static func isClauseEnd(_ s: Unicode.Scalar) -> Bool {
        if isSentenceEnd(s) { return true }
        switch s {
        case "，", ",", "、", "：", ":": return true
        default: return false
        }
    }

    /// The sentence around `position`, trimmed of blanks.
    public static func sentence(around position: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        span(around: position, in: text, isEnd: isSentenceEnd)
    }

    /// The clause around `position`.
    public static func clause(around position: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        span(around: position, in: text, isEnd: isClauseEnd)
    }

    /// All sentences of `range`, each trimmed, blank ones left out.
    public static func sentences(in range: Range<Int>, of text: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where isSentenceEnd(text[i]) {
            let end = text[i] == "\n" ? i : i + 1
            let trimmed = text[start..<end].trimmingBlanks()
            if !trimmed.isEmpty { result.append(trimmed.startIndex..<trimmed.endIndex) }
            start = i + 1
        }
        if start < range.upperBound {
            let trimmed = text[start..<range.upperBound].trimmingBlanks()
            if !trimmed.isEmpty { result.append(trimmed.startIndex..<trimmed.endIndex) }
        }
        return result
    }

    private static func span(
        around position: Int, in text: [Unicode.Scalar], isEnd: (Unicode.Scalar) -> Bool
    ) -> Range<Int> {
        reach(around: position, in: text, isEnd: isEnd).span
    }

    /// The span around `position` (trimmed) and the stretch of positions `reach` whose span it is
    /// too: from after the previous end to the next end itself.
    fileprivate static func reach(
        around position: Int, in text: [Unicode.Scalar], isEnd: (Unicode.Scalar) -> Bool
    ) -> (span: Range<Int>, reach: ClosedRange<Int>) {
        guard !text.isEmpty else { return (0..<0, 0...0) }
        let p = min(max(position, 0), text.count - 1)
        var lo = p
        while lo > 0, !isEnd(text[lo - 1]) { lo -= 1 }
        var hi = p
        while hi < text.count, !isEnd(text[hi]) { hi += 1 }
        let reach = lo...min(hi, text.count - 1)
        if hi < text.count, text[hi] != "\n" { hi += 1 }
        let trimmed = text[lo..<hi].trimmingBlanks()
        return (trimmed.isEmpty ? lo..<hi : trimmed.startIndex..<trimmed.endIndex, reach)
    }
}

/// ``Sentences/sentence(around:in:)`` for many positions of one text, the last sentence kept: the
/// figures of a long sentence (one line of a thousand figures) find it without walking it again.
struct SentenceCache {
    private var last: (span: Range<Int>, reach: ClosedRange<Int>)?

    mutating func sentence(around position: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        let p = text.isEmpty ? 0 : min(max(position, 0), text.count - 1)
        if let last, last.reach.contains(p) { return last.span }
        let found = Sentences.reach(around: position, in: text, isEnd: Sentences.isSentenceEnd)
        last = found
        return found.span
    }
}
