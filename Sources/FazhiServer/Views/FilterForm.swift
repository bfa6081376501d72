import FazhiCore

/// The filter fields the list, search and compare pages share, filled with the request's values.
enum FilterForm {
    static func fields(_ q: ReportQuery) -> String {
        let levels = [("", "全部层级")] + GovernmentLevel.allCases.map { ($0.rawValue, Labels.level($0)) }
        let compliance = [("", "全部"), ("error", "有错误"), ("warning", "有警告及以上"), ("notice", "有任何发现")]
        let status = [("", "全部"), ("late", PublicationStatus.late.label), ("unknown", PublicationStatus.unknown.label)]
        return """
            <label>年度<input type="number" name="year" min="1949" max="2100" value="\(HTML.escape(q.year))" placeholder="如 2023"></label>
            <label>层级\(select("level", levels, q.level))</label>
            <label>辖区<input type="text" name="jurisdiction" value="\(HTML.escape(q.jurisdiction))" placeholder="如 北京市"></label>
            <label>合规情况\(select("compliance", compliance, q.compliance))</label>
            <label>公开状态\(select("status", status, q.status))</label>
            """
    }

    static func select(_ name: String, _ options: [(String, String)], _ chosen: String) -> String {
        "<select name=\"\(name)\">" + options.map { (value, label) -> String in
            "<option value=\"\(HTML.escape(value))\"\(value == chosen ? " selected" : "")>\(HTML.escape(label))</option>"
        }.joined() + "</select>"
    }

    /// The filter values as query pairs (for paging links).
    static func pairs(_ q: ReportQuery) -> [(String, String)] {
        [("year", q.year), ("level", q.level), ("jurisdiction", q.jurisdiction), ("compliance", q.compliance), ("status", q.status)]
    }
}
