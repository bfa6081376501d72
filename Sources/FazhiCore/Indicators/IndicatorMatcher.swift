/// Assigns a figure to a catalog indicator from the words around it, or leaves it unassigned.
///
/// For `行政复议申请24件,受理24件,年内审结22件` it finds 收到/受理/审结 before each figure and,
/// because 受理 and 审结 are shared verbs, checks that the sentence is about 行政复议. A cue counts
/// in the figure's clause (back to the previous figure or a comma) or, when nothing precedes,
/// just after it (`1663项政务服务事项实现全程网办`). When two indicators fit equally, none is chosen.
public struct IndicatorMatcher: Sendable {
    struct Cue: Sendable {
        var indicator: Int
        var strong: Bool
    }

    let catalog: IndicatorCatalog
    let cues: ScalarTrie<[Cue]>
    let topics: ScalarTrie<String>

    public static let shared = IndicatorMatcher(catalog: .shared)

    public init(catalog: IndicatorCatalog) {
        self.catalog = catalog
        var entries: [String: [Cue]] = [:]
        for (index, indicator) in catalog.indicators.enumerated() {
            for cue in indicator.strongCues { entries[cue, default: []].append(Cue(indicator: index, strong: true)) }
            for cue in indicator.weakCues ?? [] { entries[cue, default: []].append(Cue(indicator: index, strong: false)) }
        }
        cues = ScalarTrie(entries.map { ($0.key, $0.value) })
        var topicEntries: [(String, String)] = []
        for (id, family) in catalog.families {
            for topic in family.topics { topicEntries.append((topic, id)) }
        }
        topics = ScalarTrie(topicEntries)
    }

    /// A match: the indicator and the cue that decided it.
    public struct Match: Sendable, Hashable {
        public var indicator: String
        public var cue: String
        public var cueRange: Range<Int>
    }

    /// The indicators `quantity` measures (usually none or one; two where one figure is stated for
    /// coordinated verbs: 印发并报送备案规范性文件6件). `previousEnd`/`nextStart` are the neighbouring
    /// figures' bounds, which limit the clause.
    public func match(
        _ quantity: Quantity, in text: [Unicode.Scalar], previousEnd: Int?, nextStart: Int?
    ) -> [Match] {
        let r = quantity.range.asRange
        let sentence = Sentences.sentence(around: r.lowerBound, in: text)
        var before = r.lowerBound
        let floor = max(sentence.lowerBound, previousEnd ?? 0)
        while before > floor, !Self.isHardBoundary(text[before - 1]) { before -= 1 }
        var after = r.upperBound
        let ceiling = min(sentence.upperBound, nextStart ?? text.count)
        while after < ceiling, !Self.isHardBoundary(text[after]), text[after] != "、" { after += 1 }

        var candidates = candidatesIn(before..<r.lowerBound, quantity: quantity, text: text, sentence: sentence,
                                      figure: r, following: false)
        if candidates.isEmpty {
            candidates = candidatesIn(r.upperBound..<after, quantity: quantity, text: text, sentence: sentence,
                                      figure: r, following: true)
        }
        guard let best = candidates.first else { return [] }
        if candidates.count > 1, candidates[1].rank == best.rank, candidates[1].indicator != best.indicator {
            return []  // Two indicators fit equally well: unsure, so none.
        }
        var result = [Match(indicator: catalog.indicators[best.indicator].id, cue: best.cue, cueRange: best.range)]
        // Coordinated verbs joined by 并/和/及: one figure for two indicators of the same family.
        for other in candidates.dropFirst() where other.strong && other.indicator != best.indicator
            && catalog.indicators[other.indicator].family == catalog.indicators[best.indicator].family
            && catalog.indicators[other.indicator].family != nil && Self.coordinated(other.range, best.range, text) {
            result.append(Match(indicator: catalog.indicators[other.indicator].id, cue: other.cue, cueRange: other.range))
            break
        }
        return result.sorted { $0.cueRange.lowerBound < $1.cueRange.lowerBound }
    }

    struct Candidate {
        var indicator: Int
        var strong: Bool
        var cue: String
        var range: Range<Int>
        /// Higher is better: strength, then nearness to the figure, then cue length.
        var rank: Int
    }

    private func candidatesIn(
        _ window: Range<Int>, quantity: Quantity, text: [Unicode.Scalar], sentence: Range<Int>,
        figure: Range<Int>, following: Bool
    ) -> [Candidate] {
        guard !window.isEmpty else { return [] }
        var found: [Candidate] = []
        // Cue words are read leftmost-longest without overlaps: 成功调解纠纷 is 成功调解 + 纠纷.
        var start = window.lowerBound
        while start < window.upperBound {
            guard let m = cues.longestMatch(in: text, at: start, limit: window.upperBound) else {
                start += 1
                continue
            }
            let range = start..<(start + m.length)
            start += m.length
            let cueText = String(scalars: text[range])
            for cue in m.value {
                let indicator = catalog.indicators[cue.indicator]
                guard accepts(indicator, quantity) else { continue }
                let between = following ? figure.upperBound..<range.lowerBound : range.upperBound..<figure.lowerBound
                if let words = indicator.exclude, words.contains(where: { containsWord($0, text, between) }) { continue }
                if let family = indicator.family,
                   !familyHolds(family, text: text, sentence: sentence, cue: range, figure: figure, following: following) {
                    continue
                }
                let distance = following ? range.lowerBound - figure.upperBound : figure.lowerBound - range.upperBound
                let rank = (cue.strong ? 1_000_000 : 0) - distance * 100 + m.length
                found.append(Candidate(indicator: cue.indicator, strong: cue.strong, cue: cueText, range: range, rank: rank))
            }
        }
        // Weak cues count only when no strong cue is there.
        if found.contains(where: \.strong) { found.removeAll { !$0.strong } }
        return found.sorted { $0.rank > $1.rank }
    }

    private func accepts(_ indicator: IndicatorCatalog.Indicator, _ q: Quantity) -> Bool {
        if q.change != nil, indicator.allowsChange != true { return false }
        guard let unit = q.unit else { return false }
        return indicator.units.contains(unit)
    }

    /// The nearest topic word before the figure (in its sentence) belongs to `family`; a cue that
    /// follows the figure may also find its topic after it.
    private func familyHolds(
        _ family: String, text: [Unicode.Scalar], sentence: Range<Int>, cue: Range<Int>, figure: Range<Int>,
        following: Bool
    ) -> Bool {
        let limit = following ? cue.upperBound : max(cue.upperBound, figure.lowerBound)
        let found = topics.matches(in: text, range: sentence.lowerBound..<limit)
        if let nearest = found.last { return nearest.value == family }
        // No topic in the sentence: the two sentences before it, within the paragraph.
        var start = sentence.lowerBound
        var steps = 0
        while start > 0, steps < 2, text[start - 1] != "\n" {
            let previous = Sentences.sentence(around: start - 1, in: text)
            if let nearest = topics.matches(in: text, range: previous).last { return nearest.value == family }
            start = previous.lowerBound
            steps += 1
        }
        return false
    }

    private func containsWord(_ word: String, _ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let w = Array(word.unicodeScalars)
        guard range.count >= w.count, !w.isEmpty else { return false }
        for i in range.lowerBound...(range.upperBound - w.count) where Array(text[i..<(i + w.count)]) == w { return true }
        return false
    }

    static func isHardBoundary(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", ",", "；", ";", "。", "：", ":", "！", "？", "\n": true
        default: false
        }
    }

    /// Two cues joined by a short coordinating link: 印发并报送备案, 制定和备案.
    static func coordinated(_ a: Range<Int>, _ b: Range<Int>, _ text: [Unicode.Scalar]) -> Bool {
        let (first, second) = a.lowerBound < b.lowerBound ? (a, b) : (b, a)
        guard second.lowerBound >= first.upperBound else { return false }
        let link = text[first.upperBound..<second.lowerBound]
        return link.count <= 3 && link.contains { "并和及、与".unicodeScalars.contains($0) }
    }
}
