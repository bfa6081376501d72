/// A trie that finds which phrase *ends* at a position: the words before a number (近, 同比增长, 第).
///
/// Phrases are stored reversed in a ``ScalarTrie`` and matched over a reversed view of the text,
/// without copying it.
struct BackwardTrie<Value: Sendable>: Sendable {
    private var trie = ScalarTrie<Value>()
    /// The longest phrase, in scalars.
    private(set) var maxLength = 0

    init<S: Sequence>(_ entries: S) where S.Element == (String, Value) {
        for (key, value) in entries {
            let reversed = String(String.UnicodeScalarView(key.unicodeScalars.reversed()))
            trie.insert(reversed, value)
            maxLength = max(maxLength, key.unicodeScalars.count)
        }
    }

    /// The longest phrase ending right before `end` (and starting at or after `floor`).
    func longestMatch(
        in text: [Unicode.Scalar], endingAt end: Int, floor: Int = 0
    ) -> (value: Value, length: Int)? {
        let lower = max(floor, end - maxLength, 0)
        guard end > lower else { return nil }
        return trie.longestMatch(in: ReversedScalars(base: text, end: end, count: end - lower), at: 0)
    }
}

/// `base[end - 1]`, `base[end - 2]` … as a collection indexed from 0.
struct ReversedScalars: RandomAccessCollection {
    let base: [Unicode.Scalar]
    let end: Int
    let count: Int

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Unicode.Scalar { base[end - 1 - position] }
}
