/// What ``IndicatorMatcher`` reads of the sentences of one text, kept while it matches the text's
/// figures in order: each sentence is found, scanned for topic words and searched for context words
/// once, not once per figure (a line of a thousand comma-separated figures is one sentence).
///
/// Local to one pass over one text (``FigureReader``); not shared between texts or threads.
final class SentenceScan {
    private var sentences = SentenceCache()
    /// The sentence the topic matches and word places below belong to.
    private var current: Range<Int>?
    private var topics: [(value: String, range: Range<Int>)]?
    /// Where each context word first occurs in `current` (`nil`: nowhere).
    private var firstPlaces: [String: Int?] = [:]

    func sentence(around position: Int, in text: [Unicode.Scalar]) -> Range<Int> {
        sentences.sentence(around: position, in: text)
    }

    private func enter(_ sentence: Range<Int>) {
        guard current != sentence else { return }
        current = sentence
        topics = nil
        firstPlaces = [:]
    }

    /// The last of `trie.matches(in: text, range: sentence.lowerBound..<limit)` (leftmost-longest
    /// from the sentence's start), from the matches of the whole sentence.
    func lastTopic(
        in sentence: Range<Int>, before limit: Int, _ text: [Unicode.Scalar], _ trie: ScalarTrie<String>
    ) -> String? {
        guard limit <= sentence.upperBound else { return trie.matches(in: text, range: sentence.lowerBound..<limit).last?.value }
        enter(sentence)
        let topics = self.topics ?? trie.matches(in: text, range: sentence)
        self.topics = topics
        // The matches that start before `limit`: up to the last, the scan to `limit` makes the same ones.
        let lo = topics.partitionPoint { $0.range.lowerBound >= limit }
        guard lo > 0 else { return nil }
        let last = topics[lo - 1]
        if last.range.upperBound <= limit { return last.value }
        // It runs past `limit`: the scan to `limit` reads on from its start by itself.
        if let shorter = trie.matches(in: text, range: last.range.lowerBound..<limit).last { return shorter.value }
        return lo > 1 ? topics[lo - 2].value : nil
    }

    /// Whether `word` occurs whole in `text[sentence.lowerBound..<limit]`.
    func contains(_ word: String, in sentence: Range<Int>, before limit: Int, _ text: [Unicode.Scalar]) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard limit <= sentence.upperBound else { return Self.occurs(scalars, in: text, sentence.lowerBound..<limit) != nil }
        enter(sentence)
        let first: Int?
        if let known = firstPlaces[word] {
            first = known
        } else {
            first = Self.occurs(scalars, in: text, sentence)
            firstPlaces[word] = first
        }
        guard let first else { return false }
        return first + scalars.count <= limit
    }

    /// Where `word` first occurs whole inside `range`.
    static func occurs(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        guard range.count >= word.count, !word.isEmpty else { return nil }
        for i in range.lowerBound...(range.upperBound - word.count) where text[i..<(i + word.count)].elementsEqual(word) {
            return i
        }
        return nil
    }
}
