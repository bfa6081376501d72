import FazhiCore
import FazhiStore

/// 报告详情: the report's facts, findings (each linking to its evidence), framework coverage as a
/// chart, its figures by indicator, and the original text with its outline. Also shows an upload's
/// analysis before (or without) saving.
struct ReportView {
    var title: String
    var summary: ReportSummary?
    var text: String
    var html: Bool
    var analysis: Analysis

    init(_ report: StoredReport) {
        title = ReportLabel.title(report.summary)
        summary = report.summary
        text = report.text
        html = report.format == "html"
        analysis = report.analysis
    }

    init(upload document: SourceDocument, analysis: Analysis) {
        title = analysis.metadata.title ?? ReportLabel.fileName(document.name)
        summary = nil
        text = document.original
        html = document.format == .html
        self.analysis = analysis
    }

    func render() -> String {
        """
        <h1>\(HTML.escape(title))</h1>
        \(meta())
        <h2 id="findings">审查发现(\(analysis.findings.count))</h2>
        \(findings())
        <h2 id="coverage">纲要领域覆盖</h2>\(coverage())
        <h2 id="indicators">指标数据</h2>\(indicators())
        <h2 id="text">报告原文</h2>
        <div class="layout"><aside class="outline" aria-label="目录"><strong>目录</strong>\(TextMarkup.outline(analysis.outline))</aside>
        <article class="original">\(TextMarkup(text: text, html: html, analysis: analysis).render())</article></div>
        """
    }

    private func meta() -> String {
        let m = analysis.metadata
        let status = summary.map(PublicationStatus.init) ?? (m.publishedOn == nil ? .unknown : .onTime)
        var items: [(String, String)] = [
            ("报告单位", HTML.escape(m.issuer)), ("辖区", HTML.escape(m.jurisdiction)), ("层级", Labels.level(m.level)),
            ("报告年度", m.reportYear.map { "\($0) 年度" } ?? "—"), ("发布日期", HTML.escape(m.publishedOn)),
            ("公开状态", "<span class=\"badge \(status.rawValue)\">\(status.label)</span>"),
        ]
        if let n = m.documentNumber { items.append(("文号", HTML.escape(n))) }
        items.append(("文字", Labels.script(m.script)))
        if let s = summary { items.append(("编号", "#\(s.id)")) }
        return "<div class=\"meta\">" + items.map { (item) -> String in "<div>\(item.0):<b>\(item.1)</b></div>" }.joined() + "</div>"
    }

    private func findings() -> String {
        guard !analysis.findings.isEmpty else { return "<p class=\"notice ok\">未发现问题。</p>" }
        let items = analysis.findings.enumerated().map { (i, f) -> String in
            var li = "<li id=\"finding-\(i)\"><span class=\"sev sev-\(f.severity.rawValue)\">[\(Labels.severity(f.severity))]</span> "
            li += HTML.escape(f.message) + " <span class=\"rule\">\(HTML.escape(f.rule))</span>"
            if let basis = f.basis { li += "<div class=\"basis\">依据:\(HTML.escape(basis))</div>" }
            if let range = f.range {
                li += "<div class=\"small\"><a href=\"#f-\(i)\">查看原文位置 ⚑\(i + 1)</a>\(pageLabel(range.start))</div>"
            }
            return li + "</li>"
        }
        return "<ol class=\"findings\">" + items.joined() + "</ol>"
    }

    /// " (第3页)" after a place in a paged document (PDF, scan); nothing for other formats.
    private func pageLabel(_ offset: Int) -> String {
        analysis.source.page(at: offset).map { "<span class=\"page muted\">(第\($0)页)</span>" } ?? ""
    }

    private func coverage() -> String {
        guard let c = analysis.framework else { return "<p class=\"muted\">未判断纲要版本(报告年度不明)。</p>" }
        return "<div class=\"chart\">" + BarChart.coverage(c).svg() + "</div>"
    }

    private func indicators() -> String {
        var order: [String] = []
        var figures: [String: [Quantity]] = [:]
        for q in analysis.quantities {
            guard let id = q.indicator else { continue }
            if figures[id] == nil { order.append(id) }
            figures[id, default: []].append(q)
        }
        guard !order.isEmpty else { return "<p class=\"muted\">未识别到目录内的指标。</p>" }
        var compare = ""
        if let j = analysis.metadata.jurisdiction {
            compare = "<p class=\"small\"><a href=\"/compare?\(HTML.query([("jurisdiction", j)]))\">对比本辖区各年度 →</a></p>"
        }
        let rows = order.map { (id) -> String in
            let links = (figures[id] ?? []).map { (q) -> String in
                "<a href=\"#q-\(q.range.start)\">\(HTML.escape(q.text))</a>\(pageLabel(q.range.start))"
            }.joined(separator: "、")
            return "<tr id=\"ind-\(HTML.escape(id))\"><td>\(HTML.escape(IndicatorNames.name(id) ?? id))</td><td class=\"rule\">\(HTML.escape(id))</td><td>\(links)</td></tr>"
        }
        return "<table><thead><tr><th>指标</th><th>编码</th><th>原文数字(点击定位)</th></tr></thead><tbody>" + rows.joined() + "</tbody></table>" + compare
    }
}
