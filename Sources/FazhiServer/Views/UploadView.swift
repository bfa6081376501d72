/// 上传分析: paste or choose a report (text, HTML, .docx); the analysis is shown at once, and with
/// the write token it is saved to the corpus.
struct UploadView {
    var maxUpload: Int
    var message: String?
    var result: String?

    func render() -> String {
        var out = """
            <h1>上传分析</h1>
            <form class="upload-form" method="post" action="/upload" enctype="multipart/form-data">
            <label>选择文件(纯文本、HTML 网页、Word .docx/.doc、WPS 或 PDF,不超过 \(maxUpload / 1_000_000) MB)<br><input type="file" name="file" accept=".txt,.html,.htm,.docx,.doc,.wps,.rtf,.pdf,text/plain,text/html,application/pdf"> <span id="file-name" class="muted"></span></label>
            <label>或粘贴报告全文<textarea name="text" placeholder="将报告全文粘贴于此"></textarea></label>
            <label>写入令牌(仅“分析并保存”需要)<br><input type="password" name="token" autocomplete="off"></label>
            <div><button type="submit" name="action" value="analyze">分析</button> <button class="secondary" type="submit" name="action" value="save">分析并保存</button></div>
            </form>
            """
        if let message { out += "<div class=\"notice\">\(message)</div>" }
        if let result { out += "<hr>" + result }
        return out
    }
}
