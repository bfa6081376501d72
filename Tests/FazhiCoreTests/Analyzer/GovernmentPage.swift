import Foundation

/// Wraps a report's text in a page as Chinese government sites serve it: doctype, a declared
/// charset, head scripts, navigation, breadcrumbs, share and font-size buttons, the report in
/// `<p>` elements with inline styles and entities, related links and a footer.
enum GovernmentPage {
    static func wrap(_ report: String, charset: String = "utf-8") -> String {
        var paragraphs: [String] = []
        for line in report.split(separator: "\n", omittingEmptySubsequences: true) {
            let escaped = line
                .replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: "“", with: "&ldquo;")
                .replacingOccurrences(of: "”", with: "&rdquo;")
                .replacingOccurrences(of: "  ", with: "&nbsp;&nbsp;")
            paragraphs.append("<p style=\"text-indent:2em;line-height:1.8\">\(escaped)</p>")
        }
        return """
            <!DOCTYPE html>
            <html lang="zh-CN"><head>
            <meta http-equiv="Content-Type" content="text/html; charset=\(charset)">
            <title>法治政府建设年度报告_政务公开</title>
            <script type="text/javascript">var _hmt = _hmt || []; if (a < b) { document.write("请升级浏览器"); }</script>
            <style>.nav li { float: left; } body { font-family: "微软雅黑"; }</style>
            </head><body>
            <div class="header"><div class="topnav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a></div></div>
            <nav><ul><li>机构设置</li><li>政策文件</li><li>法治政府建设</li></ul></nav>
            <div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设年度报告</div>
            <div class="share-bar">分享到：<a>微信</a><a>微博</a>　字号：<a>大</a> <a>中</a> <a>小</a></div>
            <div class="article">
            \(paragraphs.joined(separator: "\n"))
            </div>
            <div class="related">相关链接：<a>2019年度报告</a></div>
            <div class="print">【打印本页】【关闭窗口】</div>
            <div class="footer">主办单位：人民政府办公室　版权所有　京ICP备05060933号　网站标识码1100000088</div>
            <script>console.log("统计代码 < 100");</script>
            </body></html>
            """
    }
}
