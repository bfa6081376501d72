/// Classifies a report's top-level sections into the mandated parts.
///
/// Each top-level heading is scored by ``PartCues``; a heading naming next year is a plan. Where a
/// report has no shortcomings heading, a paragraph inside the measures part that opens with
/// "…但仍然存在一些不足:" is the shortcomings part (seed style of 厦门市海沧区). Where a report
/// lists the leaders' duties as one item of its measures (a sub-heading naming 第一责任人), that item
/// is the leadership part.
public struct PartClassifier: Sendable {
    let cues: PartCues

    public init(cues: PartCues = .shared) {
        self.cues = cues
    }

    public func classify(
        _ outline: [Section], layout: TextLayout, reportYear: Int?, original: [Unicode.Scalar]
    ) -> [Part] {
        let text = layout.scalars
        var kinds: [PartKind?] = outline.map { section in
            let heading = text[section.headingRange.asRange]
            var scores = cues.scores(heading)
            if let year = reportYear, let headingYear = Self.year(in: heading) {
                if headingYear == year + 1 { scores[.plan, default: 0] += 4 }
            }
            return best(scores)
        }
        // Headings without a cue take their kind from where they stand.
        let firstLater = kinds.firstIndex { $0 == .shortcomings || $0 == .leadership || $0 == .plan }
        for i in kinds.indices where kinds[i] == nil {
            if let later = firstLater, i > later {
                kinds[i] = .other
            } else {
                kinds[i] = .measures
            }
        }
        var parts: [Part] = []
        for (section, kind) in zip(outline, kinds) {
            parts.append(Part(kind: kind ?? .other, heading: section.heading, range: section.range))
        }
        if !parts.contains(where: { $0.kind == .leadership }) {
            parts = promote(.leadership, minimumScore: 6, in: outline, parts: parts, text: text)
        }
        if !parts.contains(where: { $0.kind == .shortcomings }) {
            parts = promote(.shortcomings, minimumScore: 4, in: outline, parts: parts, text: text)
        }
        if !parts.contains(where: { $0.kind == .shortcomings }) {
            parts = inlineShortcomings(parts: parts, layout: layout, original: original)
        }
        return parts.sorted { $0.range < $1.range }
    }

    private func best(_ scores: [PartKind: Int]) -> PartKind? {
        let order: [PartKind] = [.leadership, .shortcomings, .plan, .other, .measures]
        var result: (PartKind, Int)?
        for kind in order {
            guard let score = scores[kind], score > 0 else { continue }
            if let current = result, score <= current.1 { continue }
            result = (kind, score)
        }
        return result?.0
    }

    /// Makes a sub-section of a measures part a part of its own when its heading names `kind`
    /// strongly enough.
    private func promote(
        _ kind: PartKind, minimumScore: Int, in outline: [Section], parts: [Part], text: [Unicode.Scalar]
    ) -> [Part] {
        var parts = parts
        for (index, section) in outline.enumerated() where parts[index].kind == .measures {
            for child in section.children {
                let heading = text[child.headingRange.asRange]
                let scores = cues.scores(heading)
                guard let score = scores[kind], score >= minimumScore, best(scores) == kind else { continue }
                parts.append(Part(kind: kind, heading: child.heading, range: child.range))
                return parts
            }
        }
        return parts
    }

    /// Finds a shortcomings paragraph inside a measures part and splits it off.
    private func inlineShortcomings(parts: [Part], layout: TextLayout, original: [Unicode.Scalar]) -> [Part] {
        var parts = parts
        let text = layout.scalars
        for (index, part) in parts.enumerated() where part.kind == .measures {
            // Only the part's own lines: a binary search to the first, a stop past the last.
            let first = layout.lines.partitionPoint { $0.content.lowerBound > part.range.start }
            let lines = layout.lines[first...].prefix(while: { $0.content.lowerBound <= part.range.end })
            for line in lines where !line.isBlank && !line.isChrome
                && part.range.start < line.content.lowerBound && line.content.upperBound <= part.range.end {
                let first = Sentences.sentences(in: line.content, of: text).first ?? line.content
                // The cue must open the paragraph: within its first sentence, up to a colon.
                var end = first.upperBound
                if let colon = text[first].firstIndex(where: { $0 == ":" || $0 == "：" }) { end = colon + 1 }
                guard cues.opensShortcomings(text[first.lowerBound..<end]) else { continue }
                let start = line.content.lowerBound
                let heading = String(scalars: original[start..<end])
                let inline = Part(kind: .shortcomings, heading: heading,
                                  range: TextRange(start: start, end: line.content.upperBound), inline: true)
                parts[index].range = TextRange(start: part.range.start, end: trimmedEnd(text, part.range.start, start))
                parts.append(inline)
                return parts
            }
        }
        return parts
    }

    private func trimmedEnd(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, text[e - 1].isBlank || text[e - 1] == "\n" { e -= 1 }
        return e
    }

    /// The first year (19xx/20xx followed by 年) in a heading.
    static func year(in text: ArraySlice<Unicode.Scalar>) -> Int? {
        let chars = Array(text)
        guard chars.count >= 5 else { return nil }
        for i in 0...(chars.count - 5) where chars[i + 4] == "年" {
            let digits = chars[i..<(i + 4)].compactMap(\.digitValue)
            if digits.count == 4, i == 0 || !chars[i - 1].isDigit {
                let year = digits.reduce(0) { $0 * 10 + $1 }
                if (1990...2100).contains(year) { return year }
            }
        }
        return nil
    }
}
