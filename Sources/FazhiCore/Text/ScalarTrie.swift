/// A trie over Unicode scalars: finds which of many phrases start at a position of a text.
///
/// Cue words, chrome phrases, place names and phrase maps are matched with it in one pass over the
/// scalars, without building substrings. Children are kept in sorted arrays (binary search, no
/// hashing) and a bitmap of first scalars rejects most positions with one memory read.
public struct ScalarTrie<Value: Sendable>: Sendable {
    private struct Node: Sendable {
        var keys: [UInt32] = []
        var children: [Int32] = []
        var value: Value?
        var length = 0
    }

    private var nodes = [Node()]
    /// Bit `v & 0xFFFF` is set when some phrase starts with a scalar of value `v`.
    private var firstBits = [UInt64](repeating: 0, count: 1024)
    /// The root's children indexed directly by scalar value (BMP), -1 for none: the root is looked
    /// up at every position of a text, its children at few. Built only for large roots (place
    /// names, cue words), so small tries stay small and out of the cache's way.
    private var rootTable: [Int32] = []
    private static var rootTableThreshold: Int { 128 }

    public init() {}

    public init<S: Sequence>(_ entries: S) where S.Element == (String, Value) {
        for (key, value) in entries { insert(key, value) }
    }

    /// Adds a phrase; a later value for the same phrase replaces the earlier one.
    public mutating func insert(_ key: String, _ value: Value) {
        var node = 0
        var length = 0
        for scalar in key.unicodeScalars {
            if length == 0 {
                let v = Int(scalar.value & 0xFFFF)
                firstBits[v >> 6] |= 1 << UInt64(v & 63)
            }
            length += 1
            if let child = child(of: node, scalar.value) {
                node = child
            } else {
                nodes.append(Node())
                let new = nodes.count - 1
                let keys = nodes[node].keys
                var lo = 0
                var hi = keys.count
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if keys[mid] < scalar.value { lo = mid + 1 } else { hi = mid }
                }
                nodes[node].keys.insert(scalar.value, at: lo)
                nodes[node].children.insert(Int32(new), at: lo)
                if node == 0 {
                    if !rootTable.isEmpty {
                        if scalar.value < 0x10000 { rootTable[Int(scalar.value)] = Int32(new) }
                    } else if nodes[0].keys.count >= Self.rootTableThreshold {
                        buildRootTable()
                    }
                }
                node = new
            }
        }
        guard length > 0 else { return }
        nodes[node].value = value
        nodes[node].length = length
    }

    public var isEmpty: Bool { nodes.count == 1 }

    private mutating func buildRootTable() {
        let root = nodes[0]
        rootTable = [Int32](repeating: -1, count: 0x10000)
        for (key, child) in zip(root.keys, root.children) where key < 0x10000 { rootTable[Int(key)] = child }
    }

    @inline(__always)
    private func child(of node: Int, _ key: UInt32) -> Int? {
        if node == 0, key < 0x10000, !rootTable.isEmpty {
            let c = rootTable[Int(key)]
            return c < 0 ? nil : Int(c)
        }
        let n = nodes[node]
        var lo = 0
        var hi = n.keys.count
        while lo < hi {
            let mid = (lo + hi) &>> 1
            let k = n.keys[mid]
            if k == key { return Int(n.children[mid]) }
            if k < key { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// Whether some phrase may start with `scalar` (a fast pre-check).
    @inline(__always)
    public func mayStart(with scalar: Unicode.Scalar) -> Bool {
        let v = Int(scalar.value & 0xFFFF)
        return firstBits[v >> 6] & (1 << UInt64(v & 63)) != 0
    }

    /// The longest phrase starting at `start` (and ending by `limit`), with its length.
    public func longestMatch<C: RandomAccessCollection>(
        in text: C, at start: Int, limit: Int? = nil
    ) -> (value: Value, length: Int)? where C.Element == Unicode.Scalar, C.Index == Int {
        let end = min(limit ?? text.endIndex, text.endIndex)
        guard start < end, mayStart(with: text[start]) else { return nil }
        var node = 0
        var best: (Value, Int)?
        var i = start
        while i < end, let next = child(of: node, text[i].value) {
            node = next
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
        for start in r where mayStart(with: text[start]) {
            var node = 0
            var i = start
            while i < r.upperBound, let next = child(of: node, text[i].value) {
                node = next
                i += 1
                if let value = nodes[node].value { found.append((value, start..<i)) }
            }
        }
        return found
    }
}
