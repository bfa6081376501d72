/// Finds the sentence around each figure in one forward pass (figures come in text order).
///
/// A sentence runs from after the previous 。！？；!?; or line break to its own terminator
/// (included), leading blanks trimmed.
struct SentenceLocator {
    private var current: TextRange?

    mutating func sentence(in text: [Unicode.Scalar], around range: TextRange) -> TextRange {
        if let current, current.start <= range.start, range.end <= current.end { return current }
        var start = range.start
        let floor = current.map { max(0, $0.end) } ?? 0
        while start > floor, !text[start - 1].endsSentence { start -= 1 }
        while start < range.start, text[start].isBlank { start += 1 }
        var end = range.end
        while end < text.count, !text[end].endsSentence { end += 1 }
        if end < text.count, text[end] != "\n" { end += 1 }
        let sentence = TextRange(start: start, end: end)
        current = sentence
        return sentence
    }
}
