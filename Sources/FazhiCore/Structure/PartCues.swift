/// The cue data of `Resources/parts.json`: which words make a heading a measures, shortcomings,
/// leadership, plan or other part.
public struct PartCues: Sendable {
    struct File: Codable {
        var version: Int
        var cues: [String: [String: Int]]
        var inlineShortcomings: [String]
        var inlineGuards: [String]
    }

    let headingTrie: ScalarTrie<[(PartKind, Int)]>
    let inlineTrie: ScalarTrie<Bool>
    let guardTrie: ScalarTrie<Bool>

    public static let shared = PartCues(DomainResources.load("parts.json", as: File.self))

    init(_ file: File) {
        var entries: [String: [(PartKind, Int)]] = [:]
        for (kind, cues) in file.cues {
            guard let partKind = PartKind(rawValue: kind) else { continue }
            for (cue, weight) in cues { entries[cue, default: []].append((partKind, weight)) }
        }
        headingTrie = ScalarTrie(entries.map { ($0.key, $0.value) })
        inlineTrie = ScalarTrie(file.inlineShortcomings.map { ($0, true) })
        guardTrie = ScalarTrie(file.inlineGuards.map { ($0, true) })
    }

    /// The score of each kind for a heading's text.
    public func scores(_ text: ArraySlice<Unicode.Scalar>) -> [PartKind: Int] {
        var scores: [PartKind: Int] = [:]
        var seen = Set<Range<Int>>()
        for match in headingTrie.allMatches(in: text) where seen.insert(match.range).inserted {
            for (kind, weight) in match.value { scores[kind, default: 0] += weight }
        }
        return scores
    }

    /// The best-scoring kind, if any cue matched; ties go to the rarer parts first.
    public func classify(_ text: ArraySlice<Unicode.Scalar>) -> (kind: PartKind, score: Int)? {
        let s = scores(text)
        let order: [PartKind] = [.leadership, .shortcomings, .plan, .other, .measures]
        var best: (PartKind, Int)?
        for kind in order {
            guard let score = s[kind], score > 0 else { continue }
            if let current = best, score <= current.1 { continue }
            best = (kind, score)
        }
        return best.map { (kind: $0.0, score: $0.1) }
    }

    /// Whether a sentence opens a shortcomings passage (and is not about rectified problems).
    public func opensShortcomings(_ sentence: ArraySlice<Unicode.Scalar>) -> Bool {
        !inlineTrie.matches(in: sentence).isEmpty && guardTrie.matches(in: sentence).isEmpty
    }
}
