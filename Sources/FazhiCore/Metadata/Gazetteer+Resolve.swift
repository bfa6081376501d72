extension Gazetteer {
    /// The division a place name stands for: 怀柔区, 怀柔, 厦门市海沧区, 北京市门头沟区, 北京朝阳,
    /// 北京市怀柔区人民政府 (a trailing 人民政府/政府 is allowed).
    ///
    /// Each level written narrows the next (厦门市海沧区). A name shared by several divisions (朝阳区 in
    /// 北京 and 长春, 鼓楼区 in four cities) is decided by `context`, the report's whole text: each
    /// division named there scores a candidate — 3 when it is the candidate itself (北京市朝阳区), 2 when
    /// an ancestor (北京市, 北京市优化营商环境条例), 1 when a sibling under the same parent (海淀区) —
    /// and each occurrence of its province's short name (北京) scores 1. The best score wins only when
    /// it is positive and unshared: a name that stays ambiguous gives `nil`, as does an unknown name.
    public func resolve(_ name: String, context: String) -> Division? {
        let scalars = Self.compact(name)
        let chain = chain(in: scalars, from: 0)
        guard let last = chain.segments.last else { return nil }
        let rest = String(scalars: scalars[chain.end...])
        guard rest.isEmpty || rest == "人民政府" || rest == "政府" else { return nil }
        return pick(last, evidence: Evidence(context, in: self)).map { divisions[$0] }
    }

    /// The divisions named from `start` on, each level a descendant of the one before
    /// (北京市|门头沟区|司法局 → two segments, ending before 司法局); `lastIsFull` tells whether the
    /// last one was written in full (怀柔区) rather than short (怀柔).
    func chain(in scalars: [Unicode.Scalar], from start: Int) -> (segments: [[Int]], end: Int, lastIsFull: Bool) {
        var segments: [[Int]] = []
        var lastIsFull = false
        var i = start
        while let match = allNames.longestMatch(in: scalars, at: i) {
            var candidates = match.value.best
            if let previous = segments.last {
                candidates = match.value.all.filter { c in previous.contains { isAncestor($0, of: c) } }
                if candidates.isEmpty { break }
                segments[segments.count - 1] = previous.filter { p in candidates.contains { isAncestor(p, of: $0) } }
            }
            segments.append(candidates)
            lastIsFull = candidates.contains { match.value.full.contains($0) }
            i += match.length
        }
        return (segments, i, lastIsFull)
    }

    /// The one candidate, or the one the context favours (see `resolve`), or `nil`.
    func pick(_ candidates: [Int], evidence: Evidence) -> Int? {
        if candidates.count <= 1 { return candidates.first }
        let scored = candidates.map { (index: $0, score: score($0, evidence)) }.sorted { $0.score > $1.score }
        guard scored[0].score > 0, scored[0].score > scored[1].score else { return nil }
        return scored[0].index
    }

    func score(_ candidate: Int, _ evidence: Evidence) -> Int {
        var total = 0
        for mention in evidence.mentions {
            guard mention.indices.count == 1, let named = mention.indices.first else { continue }
            if named == candidate {
                total += 3
            } else if isAncestor(named, of: candidate) {
                total += 2
            } else if let parent = parentIndex[candidate], parentIndex[named] == parent {
                total += 1
            }
        }
        let province = lineage(candidate)[0]
        total += evidence.provinceShortNames.filter { $0 == province }.count
        return total
    }

    /// The text without spaces of any kind or line breaks (names may contain stray spaces).
    static func compact(_ text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { !$0.isBlank && !$0.properties.isWhitespace }
    }

    /// The divisions a context names, found once per question.
    struct Evidence {
        var text: [Unicode.Scalar]
        var mentions: [DivisionMention]
        /// The provinces whose short names occur outside a full name (首都北京), once per occurrence.
        var provinceShortNames: [Int]

        init(_ context: String, in gazetteer: Gazetteer) {
            self.init(Array(context.unicodeScalars), in: gazetteer)
        }

        init(_ scalars: [Unicode.Scalar], in gazetteer: Gazetteer) {
            text = scalars
            mentions = gazetteer.mentions(in: text)
            let mentions = self.mentions
            provinceShortNames = gazetteer.provinceShortNames.matches(in: text)
                .filter { short in !mentions.contains { $0.range.overlaps(TextRange(short.range)) } }
                .map(\.value)
        }
    }
}
