/// Finds the outdated phrases of an edition in a text: each phrase's words in order, with up to
/// two punctuation or blank characters between them.
///
/// `廉洁高效、守法诚信`, `廉洁高效,守法诚信` and `廉洁高效 守法诚信` all match the words
/// [廉洁高效, 守法诚信]; `纲要(2015-2020年)` and `纲要(20152020年)` match [纲要, 2015, 2020].
struct OutdatedPhraseFinder: Sendable {
    let phrases: [FrameworkEdition.OutdatedPhrase]
    private let words: [[[Unicode.Scalar]]]
    private static var maxGap: Int { 2 }

    init(_ phrases: [FrameworkEdition.OutdatedPhrase]) {
        self.phrases = phrases
        words = phrases.map { $0.words.map(\.scalarArray) }
    }

    /// Every occurrence in `text[range]`: the phrase and its range.
    func find(in text: [Unicode.Scalar], range: Range<Int>) -> [FrameworkCoverage.Outdated] {
        var found: [FrameworkCoverage.Outdated] = []
        for (phrase, parts) in zip(phrases, words) {
            guard let first = parts.first, !first.isEmpty else { continue }
            var i = range.lowerBound
            while i + first.count <= range.upperBound {
                if text[i] == first[0], let end = match(parts, in: text, at: i, limit: range.upperBound) {
                    found.append(.init(phrase: phrase.text, range: TextRange(start: i, end: end)))
                    i = end
                } else {
                    i += 1
                }
            }
        }
        return found.sorted { $0.range < $1.range }
    }

    /// The end of the phrase when it starts at `start`.
    private func match(_ parts: [[Unicode.Scalar]], in text: [Unicode.Scalar], at start: Int, limit: Int) -> Int? {
        var i = start
        for (index, word) in parts.enumerated() {
            if index > 0 {
                var gap = 0
                while gap < Self.maxGap, i < limit, Self.isSeparator(text[i]) {
                    i += 1
                    gap += 1
                }
            }
            guard i + word.count <= limit, text[i..<(i + word.count)].elementsEqual(word) else { return nil }
            i += word.count
        }
        return i
    }

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        !s.isHan && !s.properties.isAlphabetic && !s.isDigit
    }
}
