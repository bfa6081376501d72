/// Infers the year a report is about, wary of distractor years.
///
/// In order: the year in the title; the year the parts' headings name (measures, shortcomings,
/// leadership: that year; the plan: the year after); the year that opens the first paragraph
/// (`2024年,怀柔区…`); the signing or publication date (a report signed in January–June is about the
/// year before). Ranges such as 纲要(2015-2020年) and 2023—2025年 are never taken.
enum ReportYear {
    static func infer(
        title: String?, layout: TextLayout, firstHeading: Int, published: String?, signed: FoundDate?
    ) -> Int? {
        if let title, let year = firstYear(in: Array(title.unicodeScalars)) { return year }
        let text = layout.scalars
        var votes: [Int: Int] = [:]
        let cues = PartCues.shared
        for line in layout.lines where !line.isBlank && !line.isChrome {
            guard let marker = HeadingMarker.parse(text, at: line.content.lowerBound, end: line.content.upperBound),
                  marker.style == .chinese || marker.style == .part else { continue }
            let end = min(line.content.upperBound, line.content.lowerBound + 60)
            let heading = text[line.content.lowerBound..<end]
            guard let year = firstYear(in: Array(heading)), let kind = cues.classify(heading)?.kind else { continue }
            votes[kind == .plan ? year - 1 : year, default: 0] += kind == .plan ? 1 : 2
        }
        if let best = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }) {
            return best.key
        }
        // The first paragraph often opens with the year: 2024年,…
        for i in layout.contentLineIndices where i <= firstHeading {
            let content = text[layout.lines[i].content]
            if let year = firstYear(in: Array(content.prefix(8))) { return year }
        }
        if let signed { return signed.month <= 6 ? signed.year - 1 : signed.year }
        if let published, let year = Int(published.prefix(4)) { return year - 1 }
        return nil
    }

    /// The first 4-digit year followed by 年 that is not part of a span (2015-2020年, 20212025年).
    static func firstYear(in s: [Unicode.Scalar]) -> Int? {
        guard s.count >= 5 else { return nil }
        for i in 0...(s.count - 5) where s[i + 4] == "年" {
            guard i == 0 || !(s[i - 1].isDigit || "-－—–~～至".unicodeScalars.contains(s[i - 1])) else { continue }
            let digits = s[i..<(i + 4)].compactMap(\.digitValue)
            guard digits.count == 4 else { continue }
            let year = digits.reduce(0) { $0 * 10 + $1 }
            if (1990...2100).contains(year) { return year }
        }
        return nil
    }
}
