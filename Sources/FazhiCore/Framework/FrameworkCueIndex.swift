/// The cue words of an edition's areas in one trie, read leftmost-longest over the text.
///
/// A word listed under two areas counts for both (合法性审核: rules and decisions); a longer word
/// with weight 0 keeps a shorter cue from matching inside it (应急管理局 is an office, not 应急).
/// `+` in a cue also matches the full-width `＋` (互联网＋监管).
struct FrameworkCueIndex: Sendable {
    /// What one cue word counts for.
    struct Entry: Sendable {
        var word: String
        /// Area index (into the edition's areas) and weight.
        var targets: [(area: Int, weight: Int)]
    }

    /// One occurrence of a cue word in the text: its entry's index and its place.
    struct Match: Sendable {
        var entry: Int
        var range: Range<Int>
    }

    /// The entries, by index (the trie holds only the index: matching copies no strings).
    let entries: [Entry]
    private let trie: ScalarTrie<Int>

    init(_ areas: [FrameworkEdition.Area]) {
        var byWord: [String: Entry] = [:]
        for (index, area) in areas.enumerated() {
            for (word, weight) in area.cues.sorted(by: { $0.key < $1.key }) {
                byWord[word, default: Entry(word: word, targets: [])].targets.append((index, weight))
            }
        }
        entries = byWord.keys.sorted().compactMap { byWord[$0] }
        var trie = ScalarTrie<Int>()
        for (index, entry) in entries.enumerated() {
            trie.insert(entry.word, index)
            if entry.word.contains("+") {
                trie.insert(String(entry.word.map { $0 == "+" ? "＋" : $0 }), index)
            }
        }
        self.trie = trie
    }

    /// The cue words in `text[range]`, leftmost-longest, not overlapping.
    func matches(in text: [Unicode.Scalar], range: Range<Int>) -> [Match] {
        trie.matches(in: text, range: range).map { Match(entry: $0.value, range: $0.range) }
    }
}
