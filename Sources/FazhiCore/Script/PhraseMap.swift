/// Taiwan phrasing mapped to mainland terms, length for length, for traditional input only.
///
/// OpenCC's `t2s` converts characters, not vocabulary: 決策程式 becomes 决策程式, 資訊 becomes 资讯.
/// The map (Resources/phrases.json) turns those into 决策程序 and 信息 so cue words match. Every
/// entry has the same length on both sides, so positions hold; entries are written in their
/// simplified form, as they read after `t2s`.
public struct PhraseMap: Sendable {
    public struct Entry: Sendable, Codable, Hashable {
        /// The phrase as it reads after `t2s` (e.g. 程式).
        public var from: String
        /// The mainland term (e.g. 程序).
        public var to: String
        public var note: String?
    }

    struct File: Codable {
        var version: Int
        var entries: [Entry]
    }

    public let entries: [Entry]
    private let trie: ScalarTrie<[Unicode.Scalar]>

    public static let shared = PhraseMap(entries: DomainResources.load("phrases.json", as: File.self).entries)

    public init(entries: [Entry]) {
        let equal = entries.filter { $0.from.unicodeScalars.count == $0.to.unicodeScalars.count }
        self.entries = equal
        self.trie = ScalarTrie(equal.map { ($0.from, Array($0.to.unicodeScalars)) })
    }

    /// Rewrites the phrases in place (leftmost-longest, not overlapping).
    public func apply(to scalars: inout [Unicode.Scalar]) {
        for match in trie.matches(in: scalars) {
            for (offset, scalar) in match.value.enumerated() {
                scalars[match.range.lowerBound + offset] = scalar
            }
        }
    }
}
