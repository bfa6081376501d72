/// A trie over Unicode scalars: finds which of many phrases start at a position of a text.
///
/// Cue words, chrome phrases and phrase maps are matched with it in one pass over the scalars,
/// without building substrings.
public struct ScalarTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var next: [Unicode.Scalar: Int] = [:]
        var value: Value?
        var length = 0
    }

    private var nodes = [Node()]

    public init() {}

    public init<S: Sequence>(_ entries: S) where S.Element == (String, Value) {
        for (key, value) in entries { insert(key, value) }
    }

    /// Adds a phrase; a later value for the same phrase replaces the earlier one.
    public mutating func insert(_ key: String, _ value: Value) {
        var node = 0
        var length = 0
        for scalar in key.unicodeScalars {
            length += 1
            if let child = nodes[node].next[scalar] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].next[scalar] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        guard length > 0 else { return }
        nodes[node].value = value
        nodes[node].length = length
    }

    public var isEmpty: Bool { nodes.count == 1 }

    /// The longest phrase starting at `start` (and ending by `limit`), with its length.
    public func longestMatch<C: RandomAccessCollection>(
        in text: C, at start: Int, limit: Int? = nil
    ) -> (value: Value, length: Int)? where C.Element == Unicode.Scalar, C.Index == Int {
        let end = min(limit ?? text.endIndex, text.endIndex)
        var node = 0
        var best: (Value, Int)?
        var i = start
        while i < end, let child = nodes[node].next[text[i]] {
            node = child
            i += 1
            if let value = nodes[node].value { best = (value, nodes[node].length) }
        }
        return best.map { (value: $0.0, length: $0.1) }
    }

    /// Every phrase occurring in `text[range]`, leftmost-longest, not overlapping.
    public func matches<C: RandomAccessCollection>(
        in text: C, range: Range<Int>? = nil
    ) -> [(value: Value, range: Range<Int>)] where C.Element == Unicode.Scalar, C.Index == Int {
        let r = range ?? text.startIndex..<text.endIndex
        var found: [(value: Value, range: Range<Int>)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if let m = longestMatch(in: text, at: i, limit: r.upperBound) {
                found.append((m.value, i..<(i + m.length)))
                i += m.length
            } else {
                i += 1
            }
        }
        return found
    }

    /// Every phrase occurring in `text[range]`, overlapping ones included (all lengths at each start).
    public func allMatches<C: RandomAccessCollection>(
        in text: C, range: Range<Int>? = nil
    ) -> [(value: Value, range: Range<Int>)] where C.Element == Unicode.Scalar, C.Index == Int {
        let r = range ?? text.startIndex..<text.endIndex
        var found: [(value: Value, range: Range<Int>)] = []
        for start in r {
            var node = 0
            var i = start
            while i < r.upperBound, let child = nodes[node].next[text[i]] {
                node = child
                i += 1
                if let value = nodes[node].value { found.append((value, start..<i)) }
            }
        }
        return found
    }
}
