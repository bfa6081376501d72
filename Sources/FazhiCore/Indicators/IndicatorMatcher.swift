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
        match(quantity, in: text, previousEnd: previousEnd, nextStart: nextStart, scan: SentenceScan())
    }

    /// ``match(_:in:previousEnd:nextStart:)`` for one of the figures of `text` in order, with what
    /// `scan` keeps of their sentences.
    func match(
        _ quantity: Quantity, in text: [Unicode.Scalar], previousEnd: Int?, nextStart: Int?, scan: SentenceScan
    ) -> [Match] {
        let r = quantity.range.asRange
        let sentence = scan.sentence(around: r.lowerBound, in: text)
        if Self.isScopeCount(r, unit: quantity.unit, text) { return [] }
        var before = r.lowerBound
        let floor = max(sentence.lowerBound, previousEnd ?? 0)
        while before > floor, !Self.isHardBoundary(text[before - 1]) { before -= 1 }
        var after = r.upperBound
        let ceiling = min(sentence.upperBound, nextStart ?? text.count)
        while after < ceiling, !Self.isHardBoundary(text[after]), text[after] != "、" { after += 1 }
        var clauseEnd = after
        while clauseEnd < ceiling, !Self.isHardBoundary(text[clauseEnd]) { clauseEnd += 1 }
        // A standing rule (每季度学法不少于1次) or a split (分七期) is not a count of the year's work.
        if Self.containsAny(Self.frequencyWords, text, before..<r.lowerBound) { return [] }
        if Self.isSplit(r.lowerBound, text) { return [] }

        var candidates = candidatesIn(before..<r.lowerBound, quantity: quantity, text: text, sentence: sentence,
                                      figure: r, following: false, scan: scan)
        if candidates.isEmpty {
            // After the figure, the head noun ends the phrase: 287件A、B和C的合法性审查 counts 合法性审查.
            let head = candidatesIn(r.upperBound..<clauseEnd, quantity: quantity, text: text, sentence: sentence,
                                    figure: r, following: true, scan: scan)
            if let de = Self.lastIndex(of: "的", in: r.upperBound..<clauseEnd, text),
               case let headed = head.filter({ $0.range.lowerBound > de }), !headed.isEmpty {
                candidates = headed
            } else {
                candidates = head.filter { $0.range.upperBound <= after }
            }
        }
        if candidates.isEmpty, let previousEnd, previousEnd > sentence.lowerBound, before == previousEnd,
           text[previousEnd..<r.lowerBound].allSatisfy({ "、和及".unicodeScalars.contains($0) }), !text[previousEnd..<r.lowerBound].isEmpty {
            // 考法3场、278人次: two measures of one thing share the words before the first.
            var start = previousEnd
            while start > sentence.lowerBound, !Self.isHardBoundary(text[start - 1]) { start -= 1 }
            candidates = candidatesIn(start..<previousEnd, quantity: quantity, text: text, sentence: sentence,
                                      figure: r, following: false, scan: scan)
        }
        if candidates.isEmpty, before > sentence.lowerBound, Self.isLinkOnly(before..<r.lowerBound, text) {
            // 培训40场次,覆盖800余人次: a clause that only links back counts what the previous clause did.
            var start = before - 1
            while start > sentence.lowerBound, !Self.isHardBoundary(text[start - 1]) { start -= 1 }
            candidates = candidatesIn(start..<(before - 1), quantity: quantity, text: text, sentence: sentence,
                                      figure: r, following: false, scan: scan)
        }
        guard let best = candidates.first else { return [] }
        if candidates.count > 1, candidates[1].rank == best.rank, candidates[1].indicator != best.indicator {
            return []  // Two indicators fit equally well: unsure, so none.
        }
        let bestFamily = catalog.indicators[best.indicator].family
        // A list of different activities counted together (专题学习、专题培训、宣传宣讲100余场): no one indicator.
        for other in candidates.dropFirst() where other.strong && best.strong && other.indicator != best.indicator
            && (bestFamily == nil || catalog.indicators[other.indicator].family != bestFamily)
            && Self.listed(other.range, best.range, text) {
            return []
        }
        var result = [Match(indicator: catalog.indicators[best.indicator].id, cue: best.cue, cueRange: best.range)]
        // Coordinated verbs joined by 并/和/及: one figure for two indicators of the same family.
        for other in candidates.dropFirst() where other.strong && other.indicator != best.indicator
            && catalog.indicators[other.indicator].family == bestFamily
            && bestFamily != nil && Self.coordinated(other.range, best.range, text) {
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
        figure: Range<Int>, following: Bool, scan: SentenceScan
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
            if Self.isNegated(range.lowerBound, text, floor: window.lowerBound) { return [] }  // 不予受理3件: what was not done counts for nothing
            let cueText = String(scalars: text[range])
            for cue in m.value {
                let indicator = catalog.indicators[cue.indicator]
                guard accepts(indicator, quantity) else { continue }
                let between = following ? figure.upperBound..<range.lowerBound : range.upperBound..<figure.lowerBound
                // Exclusions stand between the cue and the figure or right before the cue (党员教育培训, 承接下放).
                let vetoRange = following ? between : max(window.lowerBound, range.lowerBound - 4)..<figure.lowerBound
                if let words = indicator.exclude, words.contains(where: { containsWord($0, text, vetoRange) }) { continue }
                let limit = max(figure.lowerBound, range.upperBound)
                if let words = indicator.context, !words.contains(where: { cueText.contains($0) }),
                   !words.contains(where: { scan.contains($0, in: sentence, before: limit, text) }) {
                    continue
                }
                if let words = indicator.notContext, words.contains(where: { scan.contains($0, in: sentence, before: limit, text) }) {
                    continue
                }
                if Self.containsAny(Self.scopeWords, text, between) { continue }
                if let family = indicator.family,
                   !familyHolds(family, text: text, sentence: sentence, cue: range, figure: figure, following: following,
                                scan: scan) {
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
        following: Bool, scan: SentenceScan
    ) -> Bool {
        let limit = following ? cue.upperBound : max(cue.upperBound, figure.lowerBound)
        if let nearest = scan.lastTopic(in: sentence, before: limit, text, topics) { return nearest == family }
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

    static func containsAny(_ words: [[Unicode.Scalar]], _ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range {
            for w in words where i + w.count <= range.upperBound && text[i] == w[0]
                && text[i..<(i + w.count)].elementsEqual(w) { return true }
        }
        return false
    }

    static func scalars(_ words: [String]) -> [[Unicode.Scalar]] { words.map { Array($0.unicodeScalars) } }

    /// 每年/每季度/每月…: a frequency a rule sets, not what the year saw.
    static let frequencyWords = scalars(["每年", "每季度", "每个季度", "每半年", "每月", "每周", "每学期", "每两月", "每双月", "至少"])
    /// 涉及12个部门, 覆盖8个乡镇: what a figure covers, not what it counts.
    static let scopeWords = scalars(["涉及"])
    /// What a 个/家 figure counts when it is the units reached, not the work (12个部门, 9个村).
    static let scopeNouns = scalars(["部门", "单位", "乡镇", "街道", "镇街", "村", "社区", "行政村", "区县", "县区", "县市区",
                                     "科室", "处室", "领域", "行业", "地区", "市县", "县(市、区)", "县（市、区）"])
    /// Words that stand for the verb of the previous clause (覆盖800余人次, 累计参训).
    static let linkWords = scalars(["覆盖", "累计", "共计", "合计", "共", "计", "参训", "参加", "惠及", "受众", "达",
                                    "参与", "受益", "服务", "全年", "年内", "开展", "组织", "举办"])
    /// A cue negated right before it: 不予受理, 未备案, 没有出庭.
    static let negations = scalars(["不予", "未", "不", "没有", "尚未", "无", "免予", "免于", "暂缓"])

    static func isNegated(_ cueStart: Int, _ text: [Unicode.Scalar], floor: Int) -> Bool {
        for w in negations where cueStart - w.count >= floor
            && text[(cueStart - w.count)..<cueStart].elementsEqual(w) {
            return true
        }
        return false
    }

    static func isScopeCount(_ figure: Range<Int>, unit: String?, _ text: [Unicode.Scalar]) -> Bool {
        guard let unit, unit == "个" || unit == "家" || unit == "所" else { return false }
        let end = figure.upperBound
        for w in scopeNouns where end + w.count <= text.count && text[end..<(end + w.count)].elementsEqual(w) { return true }
        return false
    }

    /// 分七期, 分两批: how one thing was split, not a count of things.
    static func isSplit(_ start: Int, _ text: [Unicode.Scalar]) -> Bool {
        guard start >= 1, text[start - 1] == "分" else { return false }
        guard start >= 2 else { return true }
        return !"部充划积评比成百十千万得区".unicodeScalars.contains(text[start - 2])
    }

    static func lastIndex(of c: Unicode.Scalar, in range: Range<Int>, _ text: [Unicode.Scalar]) -> Int? {
        var i = range.upperBound
        while i > range.lowerBound {
            i -= 1
            if text[i] == c { return i }
        }
        return nil
    }

    /// The clause before the figure holds nothing but linking words (覆盖, 累计参训).
    static func isLinkOnly(_ range: Range<Int>, _ text: [Unicode.Scalar]) -> Bool {
        var i = range.lowerBound
        guard i < range.upperBound else { return false }
        outer: while i < range.upperBound {
            for w in linkWords where i + w.count <= range.upperBound && text[i..<(i + w.count)].elementsEqual(w) {
                i += w.count
                continue outer
            }
            return false
        }
        return true
    }

    /// Two cues of a list: joined by 、/和/及/与 with no figure or clause break between.
    static func listed(_ a: Range<Int>, _ b: Range<Int>, _ text: [Unicode.Scalar]) -> Bool {
        let (first, second) = a.lowerBound < b.lowerBound ? (a, b) : (b, a)
        guard second.lowerBound >= first.upperBound, second.lowerBound - first.upperBound <= 4 else { return false }
        let link = text[first.upperBound..<second.lowerBound]
        // 培训讲座: two activities written as one compound are as unsure as a list.
        return link.isEmpty || link.contains { "、和及与".unicodeScalars.contains($0) }
    }

    private func containsWord(_ word: String, _ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        SentenceScan.occurs(Array(word.unicodeScalars), in: text, range) != nil
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
