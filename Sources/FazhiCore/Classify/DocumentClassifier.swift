/// Tells a rule-of-law report from its neighbours by weighted cue phrases (Resources/doctypes.json)
/// in the head (where a title stands), the opening and the body's first pages.
///
/// Linear in the text it looks at, which is bounded (the first ten lines, 3,000 characters).
public struct DocumentClassifier: Sendable {
    struct Group: Sendable, Decodable {
        var `in`: Place
        var any: [String]
        var weight: Int
    }

    enum Place: String, Sendable, Decodable { case head, opening, body }

    struct Table: Sendable, Decodable {
        var version: Int
        var minimumConfident: Int
        var confidentMargin: Int
        var kinds: [String: [Group]]
    }

    struct CompiledGroup: Sendable {
        var kind: DocumentKind
        var place: Place
        var phrases: [[Unicode.Scalar]]
        var weight: Int
    }

    public static let shared = DocumentClassifier(table: DomainResources.load("doctypes.json"))

    let groups: [CompiledGroup]
    let minimumConfident: Int
    let confidentMargin: Int
    public let version: Int

    init(table: Table) {
        var groups: [CompiledGroup] = []
        for kind in DocumentKind.allCases {
            for g in table.kinds[kind.rawValue] ?? [] {
                groups.append(CompiledGroup(kind: kind, place: g.in,
                                            phrases: g.any.map { Array($0.unicodeScalars.filter { !$0.isBlank }) },
                                            weight: g.weight))
            }
        }
        self.groups = groups
        minimumConfident = table.minimumConfident
        confidentMargin = table.confidentMargin
        version = table.version
    }

    /// Classifies a normalized (simplified) text; `title` is the title the metadata found, if any.
    public func classify(_ layout: TextLayout, title: String?) -> DocumentClassification {
        let text = layout.scalars
        var head: [Unicode.Scalar] = []
        var opening: [Unicode.Scalar] = []
        var body: [Unicode.Scalar] = []
        var seen = 0
        for index in layout.contentLineIndices {
            let line = text[layout.lines[index].content]
            let compact = line.filter { !$0.isBlank }
            if seen < 10, compact.count <= 80 {
                head += compact
                head.append("\n")
            }
            seen += 1
            if opening.count < 600 { opening += compact.prefix(600 - opening.count) }
            if body.count < 3000 { body += compact.prefix(3000 - body.count) } else { break }
        }
        if let title { head += title.unicodeScalars.filter { !$0.isBlank } }

        var scores: [DocumentKind: Int] = [:]
        var cues: [DocumentKind: [String]] = [:]
        for group in groups {
            let haystack: [Unicode.Scalar]
            switch group.place {
            case .head: haystack = head
            case .opening: haystack = opening
            case .body: haystack = body
            }
            if let phrase = group.phrases.first(where: { haystack.contains(subsequence: $0) }) {
                scores[group.kind, default: 0] += group.weight
                cues[group.kind, default: []].append("\(group.kind.rawValue):\(String(scalars: phrase))")
            }
        }
        let report = scores[.ruleOfLawReport] ?? 0
        var best: DocumentKind?
        for kind in DocumentKind.allCases where kind != .ruleOfLawReport {
            if let score = scores[kind], score > (best.flatMap { scores[$0] } ?? 0) { best = kind }
        }
        guard let other = best, let otherScore = scores[other], otherScore > report else {
            return DocumentClassification(kind: .ruleOfLawReport, confident: true, cues: cues[.ruleOfLawReport] ?? [])
        }
        let confident = otherScore >= minimumConfident && otherScore - report >= confidentMargin
        return DocumentClassification(kind: other, confident: confident, cues: cues[other] ?? [])
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether `needle` occurs as a contiguous run (needles are short phrases; the haystack is bounded).
    func contains(subsequence needle: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var j = 1
                while j < needle.count, self[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
