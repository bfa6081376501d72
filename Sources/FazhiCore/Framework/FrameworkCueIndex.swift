/// The cue words of an edition's areas in one trie, read leftmost-longest over the text.
///
/// A word listed under two areas counts for both (合法性审核: rules and decisions); a longer word
/// with weight 0 keeps a shorter cue from matching inside it (应急管理局 is an office, not 应急).
/// `+` in a cue also matches the full-width `＋` (互联网＋监管).
struct FrameworkCueIndex: Sendable {
    /// What one cue word counts for.
    struct Entry: Sendable {
        /// The entry's number, for counting repeated words cheaply.
        var id: Int
        var word: String
        /// Area index (into the edition's areas) and weight.
        var targets: [(area: Int, weight: Int)]
    }

    /// One occurrence of a cue word in the text.
    struct Match: Sendable {
        var entry: Entry
        var range: Range<Int>
    }

    private let trie: ScalarTrie<Entry>

    init(_ areas: [FrameworkEdition.Area]) {
        var entries: [String: Entry] = [:]
        for (index, area) in areas.enumerated() {
            for (word, weight) in area.cues.sorted(by: { $0.key < $1.key }) {
                entries[word, default: Entry(id: 0, word: word, targets: [])].targets.append((index, weight))
            }
        }
        var trie = ScalarTrie<Entry>()
        for (id, (word, entry)) in entries.sorted(by: { $0.key < $1.key }).enumerated() {
            var entry = entry
            entry.id = id
            trie.insert(word, entry)
            if word.contains("+") {
                trie.insert(String(word.map { $0 == "+" ? "＋" : $0 }), entry)
            }
        }
        self.trie = trie
    }

    /// The cue words in `text[range]`, leftmost-longest, not overlapping.
    func matches(in text: [Unicode.Scalar], range: Range<Int>) -> [Match] {
        trie.matches(in: text, range: range).map { Match(entry: $0.value, range: $0.range) }
    }
}
