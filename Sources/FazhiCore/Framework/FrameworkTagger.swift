/// Tags each measure paragraph of a report with the framework areas it is about.
///
/// A paragraph is a content line of a `measures` or `other` part (not a heading alone on its
/// line). Its cue words score for their areas; a word in the paragraph's run-in heading
/// (`1.持续深化政府职能转变。` — marker and first sentence) or in the heading of the section it
/// stands in (`(三)深入推进依法行政制度建设`) weighs more than a word of the body. The best area is
/// kept when it reaches ``Tuning/minimum``; the next ones, up to three areas, when they reach
/// ``Tuning/relative`` of the best or when a sentence of the body is mostly about them (they lead
/// its score with at least ``Tuning/sentenceMinimum``): a paragraph on 营商环境 whose one sentence
/// is on 政务诚信 is also about oversight.
public struct FrameworkTagger: Sendable {
    /// The knobs of the scoring.
    public struct Tuning: Sendable, Hashable {
        /// Multiplier of a cue in the paragraph's own (run-in) heading.
        public var heading = 3.0
        /// Multiplier of a cue in the heading of the section the paragraph stands in, when the
        /// paragraph has a heading of its own; without one, the section's heading is its heading.
        public var sectionHeading = 1.5
        /// A repeated word adds this fraction of its weight per further occurrence…
        public var repetition = 0.5
        /// …up to this many times its weight in all.
        public var repetitionCap = 2.0
        /// The score the best area must reach: one specific word of the body.
        public var minimum = 3.0
        /// The fraction of the best score a further area must reach…
        public var relative = 0.4
        /// …unless it leads a sentence of the body with at least this score (ties count).
        public var sentenceMinimum = 4.0
        public var maxAreas = 3

        public init() {}
    }

    public var edition: FrameworkEdition
    public var tuning: Tuning

    public init(edition: FrameworkEdition, tuning: Tuning = Tuning()) {
        self.edition = edition
        self.tuning = tuning
    }

    /// The paragraphs of the `measures` and `other` parts, tagged.
    public func tag(_ layout: TextLayout, outline: [Section], parts: [Part]) -> [FrameworkParagraph] {
        tag(layout, outline: outline, parts: parts, lineMatches: nil)
    }

    /// The same, with the cue words of each line of `layout` found beforehand (``FrameworkReader``
    /// finds them once for the mentions and the paragraphs).
    func tag(
        _ layout: TextLayout, outline: [Section], parts: [Part], lineMatches: [[FrameworkCueIndex.Match]]?
    ) -> [FrameworkParagraph] {
        let taggedRanges = parts.filter { $0.kind == .measures || $0.kind == .other }.map(\.range)
        guard !taggedRanges.isEmpty else { return [] }
        let tagged = RangeCover(taggedRanges)
        let untagged = RangeCover(parts.filter { $0.kind != .measures && $0.kind != .other }.map(\.range))
        let text = layout.scalars
        let headings = Self.flatten(outline)
        let headingAt = Dictionary(headings.map { ($0.headingRange.start, $0) }, uniquingKeysWith: { a, _ in a })
        var lineAt: [Int: Int] = [:]
        func matches(_ index: Int) -> [FrameworkCueIndex.Match] {
            lineMatches?[index] ?? edition.cues.matches(in: text, range: layout.lines[index].content)
        }
        var open: [Section] = []  // the sections around the current line, outermost first
        var next = 0
        var result: [FrameworkParagraph] = []
        for (index, line) in layout.lines.enumerated() where !line.isBlank && !line.isChrome {
            let content = TextRange(line.content)
            lineAt[content.start] = index
            while next < headings.count, headings[next].headingRange.start < content.start {
                open.append(headings[next])
                next += 1
            }
            open.removeAll { !$0.range.contains(content) }
            guard tagged.contains(content), !untagged.contains(content)
            else { continue }
            // A heading alone on its line (a part's, a section's) is not a paragraph.
            let own = headingAt[content.start]
            if let own, own.headingRange.end >= content.end { continue }
            let section = open.last
            let sectionMatches = section.flatMap { s in
                lineAt[s.headingRange.start].map { matches($0).filter { s.headingRange.contains(TextRange($0.range)) } }
            } ?? []
            result.append(tag(text, paragraph: line.content, heading: own?.headingRange.asRange,
                              section: section?.headingRange.asRange, matches: matches(index), sectionMatches: sectionMatches))
        }
        return result
    }

    /// Tags one paragraph: `heading` is its own run-in heading (inside `paragraph`), `section`
    /// the heading of the section it stands in.
    public func tag(
        _ text: [Unicode.Scalar], paragraph: Range<Int>, heading: Range<Int>?, section: Range<Int>?
    ) -> FrameworkParagraph {
        tag(text, paragraph: paragraph, heading: heading, section: section,
            matches: edition.cues.matches(in: text, range: paragraph),
            sectionMatches: section.map { edition.cues.matches(in: text, range: $0) } ?? [])
    }

    /// Tags one paragraph whose cue words (`matches`) and whose section heading's are found.
    func tag(
        _ text: [Unicode.Scalar], paragraph: Range<Int>, heading: Range<Int>?, section: Range<Int>?,
        matches: [FrameworkCueIndex.Match], sectionMatches: [FrameworkCueIndex.Match]
    ) -> FrameworkParagraph {
        let count = edition.areas.count
        let entries = edition.cues.entries
        var scores = [Double](repeating: 0, count: count)
        // Per area, the matches that counted and whether they stand in a heading.
        var counted = [[(match: FrameworkCueIndex.Match, heading: Bool)]](repeating: [], count: count)
        var seen: [Int: Int] = [:]
        /// Adds the cue words; returns their scores alone.
        @discardableResult
        func add(_ found: ArraySlice<FrameworkCueIndex.Match>, factor: Double, isHeading: Bool) -> [Double] {
            var local = [Double](repeating: 0, count: count)
            for match in found {
                let key = isHeading ? -1 - match.entry : match.entry
                let n = seen[key, default: 0]
                seen[key] = n + 1
                // The k-th occurrence adds `repetition`, until the word has counted `repetitionCap`.
                let share = n == 0 ? 1 : (1 + Double(n) * tuning.repetition <= tuning.repetitionCap ? tuning.repetition : 0)
                for (area, weight) in entries[match.entry].targets where weight > 0 {
                    scores[area] += Double(weight) * factor * share
                    local[area] += Double(weight) * factor
                    counted[area].append((match, isHeading))
                }
            }
            return local
        }
        let bodyStart = heading?.upperBound ?? paragraph.lowerBound
        let split = matches.firstIndex { $0.range.upperBound > bodyStart } ?? matches.count
        if heading != nil { add(matches[..<split], factor: tuning.heading, isHeading: true) }
        add(sectionMatches[...], factor: heading == nil ? tuning.heading : tuning.sectionHeading, isHeading: true)
        var leadsSentence = [Bool](repeating: false, count: count)
        var m = split
        for sentence in Sentences.sentences(in: bodyStart..<paragraph.upperBound, of: text) {
            while m < matches.count, matches[m].range.lowerBound < sentence.lowerBound { m += 1 }
            let first = m
            while m < matches.count, matches[m].range.lowerBound < sentence.upperBound { m += 1 }
            let local = add(matches[first..<m], factor: 1, isHeading: false)
            guard let top = local.max(), top >= tuning.sentenceMinimum else { continue }
            for area in local.indices where local[area] == top { leadsSentence[area] = true }
        }

        let ranked = scores.indices.filter { scores[$0] > 0 }
            .sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        var tags: [FrameworkParagraph.Tag] = []
        if let best = ranked.first, scores[best] >= tuning.minimum {
            let bar = max(tuning.minimum, tuning.relative * scores[best])
            let kept = ranked.filter { $0 == best || scores[$0] >= bar || (leadsSentence[$0] && scores[$0] >= tuning.minimum) }
            for area in kept.prefix(tuning.maxAreas) {
                let cues = counted[area].sorted { $0.match.range.lowerBound < $1.match.range.lowerBound }.map {
                    FrameworkParagraph.Cue(word: entries[$0.match.entry].word, range: TextRange($0.match.range), heading: $0.heading)
                }
                tags.append(.init(area: edition.areas[area].id, score: scores[area], cues: cues))
            }
        }
        return FrameworkParagraph(range: TextRange(paragraph), heading: (heading ?? section).map(TextRange.init), tags: tags)
    }

    /// Every section of the outline, in document order (a parent before its children).
    static func flatten(_ sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + flatten($0.children) }
    }
}

