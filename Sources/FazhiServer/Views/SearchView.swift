import FazhiCore
import FazhiStore

/// 检索: full-text search over every report's paragraphs, in either script, with highlighted
/// snippets and the report filters.
struct SearchView {
    var text: String
    var query: ReportQuery
    var hits: [SearchHit]?

    func render() -> String {
        var out = """
            <h1>全文检索</h1>
            <form class="filters" method="get" action="/search"><label>检索词<input type="search" name="q" value="\(HTML.escape(text))" placeholder="如 行政复议(繁体亦可)" autofocus></label>
            \(FilterForm.fields(query))<button type="submit">检索</button></form>
            """
        guard let hits else { return out + "<p class=\"muted\">输入词语即可检索全部报告原文;简体、繁体均可。</p>" }
        if hits.isEmpty { return out + "<p class=\"notice\">没有找到包含“\(HTML.escape(text))”的段落。</p>" }
        out += "<p class=\"muted small\">共 \(hits.count) 段\(hits.count == query.filter.limit ? "(仅显示前 \(hits.count) 段)" : "")。</p>"
        for hit in hits {
            let place = [hit.jurisdiction, hit.reportYear.map { "\($0) 年度" }, hit.part.flatMap(PartKind.init).map(Labels.part)]
                .compactMap { $0 }.map(HTML.escape).joined(separator: " · ")
            out += """
                <div class="hit"><a href="/reports/\(hit.reportID)#p-\(hit.range.start)">\(HTML.escape(hit.title ?? [hit.jurisdiction, hit.reportYear.map { "\($0)年度报告" }].compactMap { $0 }.joined() + "(#\(hit.reportID))"))</a>
                <div class="where">\(place)</div><p class="snippet">\(Self.snippet(hit))</p></div>
                """
        }
        return out
    }

    /// The paragraph around its first match (at most about 160 characters), matches in `<mark>`.
    static func snippet(_ hit: SearchHit, radius: Int = 80) -> String {
        let s = Array(hit.paragraph.unicodeScalars)
        let marks = hit.highlights.sorted().filter { $0.start >= 0 && $0.end <= s.count }
        let center = marks.first?.start ?? 0
        let from = max(0, center - radius), to = min(s.count, center + radius)
        var out = from > 0 ? "…" : ""
        var i = from
        func text(_ a: Int, _ b: Int) -> String { HTML.escape(String(String.UnicodeScalarView(s[a..<b]))) }
        for m in marks where m.start >= i && m.start < to {
            out += text(i, m.start) + "<mark>" + text(m.start, min(m.end, to)) + "</mark>"
            i = min(m.end, to)
        }
        out += text(i, to)
        return out + (to < s.count ? "…" : "")
    }
}
