import FazhiCore
import FazhiDraft

/// 起草: paste or choose a ledger (YAML or its JSON twin); the report is previewed with its self-check,
/// and downloaded as a GB/T 9704 .docx when the check passes (or when forced).
struct DraftView {
    var ledger: String = ""
    /// The ledger's mistakes, each with its line and field.
    var mistakes: LedgerError?
    var draft: Drafter.Draft?
    var message: String?

    func render() -> String {
        var out = """
            <h1>起草年度报告</h1>
            <p class="muted">按台账(YAML 或 JSON,格式见项目文档 docs/ledger-schema.md)生成报告:法定部分按规定顺序排列,\
            数字按公文习惯书写,Word 文件采用 GB/T 9704—2012 版式。生成前由同一分析程序自查,有错误时不生成文件。</p>
            <form class="upload-form" method="post" action="/draft" enctype="multipart/form-data">
            <label>选择台账文件(.yaml、.yml 或 .json)<br><input type="file" name="file" accept=".yaml,.yml,.json,text/yaml,application/json"></label>
            <label>或粘贴台账<textarea name="ledger" placeholder="issuer: 某县人民政府&#10;jurisdiction: 某省某市某县&#10;year: 2025&#10;……">\(HTML.escape(ledger))</textarea></label>
            <label><input type="checkbox" name="force" value="1"> 自查有问题时仍生成(--force)</label>
            <div><button type="submit" name="action" value="preview">预览与自查</button> <button class="secondary" type="submit" name="action" value="docx">下载 Word(.docx)</button></div>
            </form>
            """
        if let message { out += "<div class=\"notice\">\(HTML.escape(message))</div>" }
        if let mistakes { out += Self.mistakes(mistakes) }
        if let draft { out += Self.check(draft) + "<h2>预览</h2><div class=\"draft-preview\">\(draft.document.html)</div>" }
        return out
    }

    /// Each mistake with its line, column and field, as `fazhi draft` prints them.
    static func mistakes(_ error: LedgerError) -> String {
        let items = error.issues.map { issue in
            "<li>第 \(issue.line) 行第 \(issue.column) 列"
                + (issue.field.isEmpty ? "" : " <code>\(HTML.escape(issue.field))</code>")
                + ":\(HTML.escape(issue.chinese ?? issue.message))</li>"
        }.joined()
        return "<section class=\"findings\"><h2>台账有 \(error.issues.count) 处错误</h2><ol>\(items)</ol></section>"
    }

    /// The self-check: the findings that stop the draft first, then the rest.
    static func check(_ draft: Drafter.Draft) -> String {
        let blocking = draft.blocking
        let head = blocking.isEmpty
            ? "<p class=\"notice ok\">自查通过:法定部分齐全,数字前后一致。</p>"
            : "<p class=\"notice\">自查发现 \(blocking.count) 个须改正的问题,改正后方可生成文件:</p>"
        let items = draft.findings.sorted { Drafter.blocks($0) && !Drafter.blocks($1) }.map { f in
            "<li>[\(HTML.escape(f.severity.rawValue))] \(HTML.escape(f.message)) <code>\(HTML.escape(f.rule))</code></li>"
        }.joined()
        return "<section class=\"findings\"><h2>自查</h2>\(head)" + (items.isEmpty ? "" : "<ol>\(items)</ol>") + "</section>"
    }
}
