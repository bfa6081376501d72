import FazhiCore
import FazhiStore

/// 年度报告专栏: the stored reports by jurisdiction and year, filtered, each with its publication
/// status and finding counts, and a box to pick it for 对比 (the boxes belong to the form `pick`).
struct ListView {
    var query: ReportQuery
    var reports: [ReportSummary]
    /// The reports matching the filters, on all pages.
    var total: Int

    func render() -> String {
        let rows = reports.map { (r) -> String in
            let status = PublicationStatus(r)
            let level = r.level.flatMap(GovernmentLevel.init).map { Labels.level($0) } ?? "—"
            return """
                <tr><td class="pick"><input type="checkbox" name="ids" value="\(r.id)" form="pick" aria-label="选入对比"></td><td>\(HTML.escape(r.jurisdiction))</td><td>\(level)</td><td class="num">\(r.reportYear.map(String.init) ?? "—")</td>
                <td><a href="/reports/\(r.id)">\(HTML.escape(ReportLabel.title(r)))</a></td><td>\(HTML.escape(r.publishedOn))</td>
                <td><span class="badge \(status.rawValue)">\(status.label)</span></td>
                <td class="num"><span class="sev sev-error">\(r.errors)</span> / <span class="sev sev-warning">\(r.warnings)</span> / <span class="sev sev-notice">\(r.notices)</span></td></tr>
                """
        }.joined(separator: "\n")
        let filter = query.filter
        var pager = ""
        if query.page > 1 { pager += "<a href=\"/?\(HTML.query(FilterForm.pairs(query) + [("page", String(query.page - 1))]))\">← 上一页</a>" }
        if filter.offset + reports.count < total { pager += "<a href=\"/?\(HTML.query(FilterForm.pairs(query) + [("page", String(query.page + 1))]))\">下一页 →</a>" }
        let shown = reports.isEmpty ? "没有符合条件的报告。" : "第 \(filter.offset + 1)–\(filter.offset + reports.count) 份(共 \(total) 份)"
        return """
            <h1>法治政府建设年度报告专栏</h1>
            <form class="filters" method="get" action="/">\(FilterForm.fields(query))<button type="submit">筛选</button> <a href="/">清除</a></form>
            <p class="muted small">\(shown)。公开时限:报告年度次年 4 月 1 日前(厅字〔2019〕28号第二十四条)。发现数:错误 / 警告 / 提示。</p>
            <form id="pick" class="pick" method="get" action="/compare"><button class="secondary" type="submit">对比所选报告</button> <span class="muted small">勾选至多 \(Comparison.limit) 份报告,逐项比较其指标。</span></form>
            <table><thead><tr><th class="pick">对比</th><th>辖区</th><th>层级</th><th class="num">年度</th><th>报告标题</th><th>发布日期</th><th>公开状态</th><th class="num">发现</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            <div class="pager">\(pager)</div>
            """
    }
}
