/// Infers the year a report is about, wary of distractor years.
///
/// In order: the year in the title; the year the parts' headings name (measures, shortcomings,
/// leadership: that year; the plan: the year after); the year the opening gives (`2024年,怀柔区…`,
/// 现将…2022年…报告如下, 《…2025年…工作要点》: ``openingYear(_:firstHeading:)``); the signing or
/// publication date (a report signed in January–June is about the year before). Ranges such as 纲要(2015-2020年) and 2023—2025年 are never taken.
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
        if let year = openingYear(layout, firstHeading: firstHeading) { return year }
        if let signed { return signed.month <= 6 ? signed.year - 1 : signed.year }
        if let published, let year = Int(published.prefix(4)) { return year - 1 }
        return nil
    }

    /// The year the opening gives, in order: a paragraph that opens with it (2024年,… — up to the
    /// first heading and the three paragraphs after it, past a heading without a year such as
    /// 一、主要工作举措及成效); the year of 现将…2022年…报告如下; a year standing as the first
    /// sentence's adverbial (…部署,2023年,清波街道…); the year of the plan the opening cites
    /// (《城中区2025年法治政府建设工作要点》, issued for the year it reports on). A date
    /// (2024年5月28日在…会议上) is when the report was given, not its year.
    static func openingYear(_ layout: TextLayout, firstHeading: Int) -> Int? {
        let text = layout.scalars
        let content = layout.contentLineIndices
        let lastOpening = content.firstIndex { $0 > firstHeading }.map { min($0 + 3, content.count) } ?? content.count
        let opening = content[..<lastOpening]
        for i in opening {
            if let year = firstYear(in: Array(text[layout.lines[i].content].prefix(8)), skippingDates: true) { return year }
        }
        let paragraphs = opening.prefix(8).map { Array(text[layout.lines[$0].content].prefix(400)) }
        for paragraph in paragraphs {
            guard let end = reportsBelow.compactMap({ paragraph.firstIndex(of: $0) }).min() else { continue }
            if let year = lastYear(in: Array(paragraph[max(0, end - 40)..<end])) { return year }
        }
        for paragraph in paragraphs {
            if let year = adverbialYear(in: paragraph) { return year }
        }
        for paragraph in paragraphs {
            if let year = citedPlanYear(in: paragraph) { return year }
        }
        return nil
    }

    static let reportsBelow: [[Unicode.Scalar]] = ["报告如下", "汇报如下", "总结如下"].map { Array($0.unicodeScalars) }

    /// The last year (not a span, not a date) in `s`.
    static func lastYear(in s: [Unicode.Scalar]) -> Int? {
        var found: Int?
        var start = 0
        while start + 5 <= s.count, let year = firstYearPosition(in: s, from: start, skippingDates: true) {
            found = year.year
            start = year.at + 5
        }
        return found
    }

    /// 2023年, standing alone outside 《》 and quotes, after a comma or at a sentence's start.
    static func adverbialYear(in s: [Unicode.Scalar]) -> Int? {
        var depth = 0
        var scanned = 0
        var start = 0
        while let found = firstYearPosition(in: s, from: start, skippingDates: true) {
            for c in s[scanned..<found.at] {
                if c == "《" || c == "“" { depth += 1 } else if c == "》" || c == "”" { depth = max(0, depth - 1) }
            }
            scanned = found.at
            let after = found.at + 5
            let before: Unicode.Scalar = found.at > 0 ? s[found.at - 1] : "。"
            if depth == 0, after < s.count, s[after] == "," || s[after] == "，", "，,。；:：".unicodeScalars.contains(before) {
                return found.year
            }
            start = after
        }
        return nil
    }

    /// The year of a yearly plan cited as a title: 《城中区2025年法治政府建设工作要点》, “2023年…工作要点”.
    static func citedPlanYear(in s: [Unicode.Scalar]) -> Int? {
        var i = 0
        while i < s.count {
            guard s[i] == "《" || s[i] == "“" else { i += 1; continue }
            let close: Unicode.Scalar = s[i] == "《" ? "》" : "”"
            guard let end = s[(i + 1)...].prefix(40).firstIndex(of: close) else { i += 1; continue }
            let inside = Array(s[(i + 1)..<end])
            if inside.count >= 4, inside.suffix(2) == ["要", "点"] || inside.suffix(4) == ["工", "作", "要", "点"],
               let year = firstYear(in: inside, skippingDates: true) {
                return year
            }
            i = end + 1
        }
        return nil
    }

    /// The first 4-digit year followed by 年 that is not part of a span (2015-2020年, 20212025年).
    static func firstYear(in s: [Unicode.Scalar], skippingDates: Bool = false) -> Int? {
        firstYearPosition(in: s, from: 0, skippingDates: skippingDates)?.year
    }

    /// The first year from `start`, and where its digits start; with `skippingDates`, a year
    /// followed by its month (2024年5月) is passed over.
    static func firstYearPosition(in s: [Unicode.Scalar], from start: Int, skippingDates: Bool) -> (year: Int, at: Int)? {
        guard s.count >= start + 5 else { return nil }
        for i in start...(s.count - 5) where s[i + 4] == "年" {
            guard i == 0 || !(s[i - 1].isDigit || "-－—–~～至".unicodeScalars.contains(s[i - 1])) else { continue }
            let digits = s[i..<(i + 4)].compactMap(\.digitValue)
            guard digits.count == 4 else { continue }
            if skippingDates, i + 5 < s.count, s[i + 5].isDigit { continue }
            let year = digits.reduce(0) { $0 * 10 + $1 }
            if (1990...2100).contains(year) { return (year, i) }
        }
        return nil
    }
}
