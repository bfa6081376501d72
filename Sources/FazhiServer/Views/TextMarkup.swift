import FazhiCore

/// A report's text as HTML paragraphs: every figure a `<mark>` linked to its indicator, an anchor
/// where each finding's evidence starts, headings marked for the outline. All text escaped.
struct TextMarkup {
    var text: String
    var html: Bool
    var analysis: Analysis

    func render() -> String {
        var figures: [Quantity] = []
        for q in analysis.quantities.sorted(by: { $0.range < $1.range }) where figures.last.map({ $0.range.end <= q.range.start }) ?? true {
            figures.append(q)
        }
        let evidence = analysis.findings.enumerated().compactMap { i, f in f.range.map { (index: i, start: $0.start) } }
            .sorted { $0.start < $1.start }
        let headings = Set(Self.flatten(analysis.outline).map(\.headingRange.start))
        // Only where each figure starts and ends and what it links to: the loop below looks at the
        // open figure once per character, and copying a whole `Quantity` there showed in profiles.
        let marks = figures.map { Mark(start: $0.range.start, end: $0.range.end, indicator: $0.indicator) }
        var out = ""
        out.reserveCapacity(text.utf8.count + 160 * (marks.count + evidence.count) + 1024)
        var qi = 0, ei = 0
        for (n, line) in VisibleText(text, html: html).lines.enumerated() {
            let first = line.first?.offset ?? 0
            let lineEnd = (line.last?.offset ?? first) + 1
            // A heading line (not a paragraph that merely opens with its numbered heading) is set apart.
            // (A heading starts within the line's first four characters: four look-ups, not a walk over every heading.)
            let isHeading = line.count <= 40 && (first..<min(lineEnd, first + 4)).contains { headings.contains($0) }
            let cls = n == 0 && analysis.metadata.title != nil ? " class=\"title\"" : isHeading ? " class=\"heading\"" : ""
            out += "<p id=\"p-\(first)\"\(cls)>"
            var open: Mark?
            for unit in line {
                if let m = open, unit.offset >= m.end {
                    out += m.closing
                    open = nil
                }
                while ei < evidence.count, evidence[ei].start <= unit.offset {
                    let i = evidence[ei].index
                    out += "<a class=\"ev\" id=\"f-\(i)\" href=\"#finding-\(i)\" title=\"发现 \(i + 1) 的原文位置\">⚑\(i + 1)</a>"
                    ei += 1
                }
                while open == nil, qi < marks.count, marks[qi].start <= unit.offset {
                    let m = marks[qi]
                    qi += 1
                    guard m.end > unit.offset else { continue }
                    let name = m.indicator.flatMap(IndicatorNames.name)
                    out += "<mark id=\"q-\(m.start)\" title=\"\(HTML.escape(name ?? "未归入指标的数字"))\">"
                    if let id = m.indicator { out += "<a href=\"#ind-\(HTML.escape(id))\">" }
                    open = m
                }
                HTML.append(unit.scalar, to: &out)
            }
            if let m = open { out += m.closing }
            out += "</p>\n"
        }
        return out
    }

    /// A figure as the text marks it.
    struct Mark {
        var start: Int
        var end: Int
        var indicator: String?

        var closing: String { indicator != nil ? "</a></mark>" : "</mark>" }
    }

    static func flatten(_ sections: [Section]) -> [Section] {
        sections.flatMap { [$0] + flatten($0.children) }
    }

    /// The outline as nested lists linking to the headings' paragraphs.
    static func outline(_ sections: [Section]) -> String {
        guard !sections.isEmpty else { return "" }
        return "<ul>" + sections.map { (s) -> String in
            "<li><a href=\"#p-\(s.headingRange.start)\">\(HTML.escape(s.heading))</a>\(outline(s.children))</li>"
        }.joined() + "</ul>"
    }
}
