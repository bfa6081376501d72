import FazhiCore
import FazhiStore

/// 对比: picked reports (or a jurisdiction's years) side by side: the indicator table, a bar chart
/// per indicator, and the same as an .xlsx workbook.
struct CompareView {
    var comparison: Comparison

    func render() -> String {
        let c = comparison
        var out = """
            <h1>指标对比</h1>
            <form class="filters" method="get" action="/compare">
            <label>报告编号(逗号分隔,至多 \(Comparison.limit) 个)<input class="wide" type="text" name="ids" value="\(HTML.escape(c.ids.map(String.init).joined(separator: ",")))" placeholder="如 1,2,3"></label>
            <label>或:某辖区各年度<input type="text" name="jurisdiction" value="\(HTML.escape(c.ids.isEmpty ? c.jurisdiction : ""))" placeholder="如 北京市怀柔区"></label>
            <button type="submit">对比</button></form>
            """
        guard !c.isEmpty else { return out + "<p class=\"muted\">在<a href=\"/\">年度报告专栏</a>中筛选并勾选要对比的报告,或填写报告编号,或填写辖区以比较其各年度报告。</p>" }
        guard !c.reports.isEmpty else { return out + "<p class=\"notice\">没有符合条件的报告。</p>" }
        out += "<p><a class=\"button secondary\" href=\"/compare.xlsx?\(HTML.query(c.queryPairs))\">下载 Excel(.xlsx)</a></p>"
        let m = c.matrix
        guard !m.rows.isEmpty else { return out + "<p class=\"notice\">所选报告中没有目录内的指标数字。</p>" }
        let head = m.columns.map { (col) -> String in "<th class=\"num\"><a href=\"/reports/\(col.reportID)\">\(HTML.escape(col.label))</a></th>" }.joined()
        var rows = ""
        var charts = ""
        for row in m.rows {
            let cells = row.cells.enumerated().map { (i, cell) -> String in
                guard let v = cell else { return "<td class=\"num muted\">—</td>" }
                let change = row.changes[i].map { String(format: "<div class=\"small muted\">同比 %+.1f%%</div>", $0) } ?? ""
                return "<td class=\"num\"><a href=\"/reports/\(v.reportID)#q-\(v.range.start)\">\(HTML.escape(v.text))</a>\(change)</td>"
            }.joined()
            rows += "<tr><td>\(HTML.escape(row.name))<div class=\"rule\">\(HTML.escape(row.indicator))</div></td>\(cells)</tr>"
            charts += chart(row, columns: m.columns)
        }
        out += "<div class=\"scroll\"><table class=\"compare\"><thead><tr><th>指标</th>\(head)</tr></thead><tbody>\(rows)</tbody></table></div>"
        return out + "<h2>图示</h2>" + (charts.isEmpty ? "<p class=\"muted\">没有可在同一单位下比较的指标。</p>" : charts)
    }

    /// One indicator's bars, when at least two reports state it in the same unit (and not as a change).
    private func chart(_ row: IndicatorMatrix.Row, columns: [IndicatorMatrix.Column]) -> String {
        let stated = row.cells.enumerated().compactMap { i, c in c.map { (columns[i], $0) } }.filter { $0.1.change == nil }
        guard stated.count >= 2, Set(stated.map { $0.1.unit ?? "" }).count == 1 else { return "" }
        let unit = stated[0].1.unit ?? ""
        let bars = stated.map { col, v in
            BarChart.Bar(label: col.label, value: v.value, text: Labels.number(v.value) + unit, link: "/reports/\(v.reportID)#q-\(v.range.start)")
        }
        let chart = BarChart(title: row.name, bars: bars)
        return "<div class=\"chart\"><h3>\(HTML.escape(row.name))</h3>\(chart.svg())</div>"
    }
}
