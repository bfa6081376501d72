import Foundation
import Testing
@testable import FazhiCore

struct HTMLEdgeCaseTests {
    func text(_ html: String) -> String { HTMLExtractor().extract(html).text }

    @Test func aRangeEndingOnAnEntityCoversTheWholeEntity() throws {
        let html = "<html><body><p>深化&ldquo;放管服&rdquo;改革,推进政务公开。</p></body></html>"
        let document = try InputReader.decode(data: Data(html.utf8), name: "page.html")
        let text = Array(document.text.unicodeScalars)
        let quoted = Array("“放管服”".unicodeScalars)
        let start = try #require((0...(text.count - quoted.count)).first { Array(text[$0..<($0 + quoted.count)]) == quoted })
        let mapped = document.originalRange(TextRange(start: start, end: start + quoted.count))
        let original = Array(document.original.unicodeScalars)
        #expect(String(String.UnicodeScalarView(original[mapped.asRange])) == "&ldquo;放管服&rdquo;")
    }

    @Test func aspNetFormWrappingThePageIsKept() {
        let report = String(repeating: "全面推进严格规范公正文明执法,落实行政执法三项制度。", count: 4)
        let html = "<html><body><form id=\"form1\" method=\"post\"><div class=\"topnav\">首页 政务公开</div>"
            + "<p>\(report)</p><form class=\"search\"><input name=\"q\"/><button>搜索</button></form></form></body></html>"
        #expect(text(html) == report)
    }

    @Test func chromeClassesAreDroppedWithEverythingInside() {
        let html = """
            <body><div id="breadcrumb"><a>首页</a> &gt; <a>政务公开</a></div>
            <ul class="mainMenu"><li><a>政策文件</a></li><li><a>解读回应</a></li></ul>
            <div class="content"><p>一、主要举措和成效</p><p>（一）加强组织领导。</p></div>
            <div class="bottom-share"><span>分享到</span><div><a>微博</a></div></div>
            <aside><h3>相关文章</h3><a>2022年报告</a></aside></body>
            """
        #expect(text(html) == "一、主要举措和成效\n\n（一）加强组织领导。")
    }

    @Test func tablesBreakRowsAndSeparateCells() {
        let html = "<table><tr><th>项目</th><th>数量</th></tr><tr><td> 行政复议案件 </td><td>218件</td></tr></table>"
        #expect(text(html) == "项目\t数量\n行政复议案件\t218件")
    }

    @Test func lineBreaksAndWhitespace() {
        let html = "<div>第一行<br>第二行<br/><br><br>第三行</div>\n<p>  多个   空格\n\t合并  </p><p>　　全角缩进保留</p>"
        #expect(text(html) == "第一行\n第二行\n\n第三行\n\n多个 空格 合并\n\n　　全角缩进保留")
    }

    @Test func markupThatIsNotTextIsSkipped() {
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title>
            <style>p { color: red } /* 样式 */</style><!-- 注释 <p>不显示</p> -->
            <script>if (a < b) { document.write("<p>脚本</p>"); }</script>
            <noscript>请启用脚本</noscript></head><body><p>a < b 且 c > d</p><select><option>选项</option></select></body></html>
            """
        let page = HTMLExtractor().extract(html)
        #expect(page.text == "a < b 且 c > d")
        #expect(page.title == "报告")
    }

    @Test func unclosedHeadEndsAtBody() {
        let html = "<html><head><title>标题</title><body><p>正文内容</p></body></html>"
        #expect(text(html) == "正文内容")
    }

    @Test func entitiesDecodeIncludingLegacyAndNumericOnes() {
        let html = "<p>&#27861;&#x6CBB;&nbsp&ldquo;放管服&rdquo;&emsp;&middot;&hellip;&#150;&unknown;&amp</p>"
        #expect(text(html) == "法治\u{A0}“放管服”\u{2003}·…–&unknown;&")
    }

    @Test func siteChromeLinesAreDroppedOutsideChromeElements() {
        let html = """
            <div>当前位置：首页 &gt; 政务公开</div><div>【字体：大 中 小】</div>
            <div>扫一扫在手机打开当前页</div><p>正文第一段。</p><div>【打印本页】【关闭窗口】</div>
            """
        #expect(text(html) == "正文第一段。")
    }

    @Test func everyCodePointMapsToItselfOrToItsEntityOrTag() throws {
        let page = try #require(HTMLExtractionTests.page)
        let original = Array(page.original.unicodeScalars)
        let offsets = try #require(page.offsets)
        for (index, scalar) in page.text.unicodeScalars.enumerated() {
            let source = original[offsets[index]]
            let synthesized = scalar.isHTMLWhitespace && (source == "<" || source.isHTMLWhitespace)
            let ok = source == scalar || source == "&" || synthesized
            #expect(ok, "code point \(index) '\(scalar)' maps to '\(source)'")
        }
    }

    @Test(arguments: [
        ("report.html", "<p>正文</p>", true), ("report.txt", "<!DOCTYPE html><p>正文</p>", true),
        ("report.txt", "法治政府建设<2023>", false), ("report.htm", "纯文本，没有标签", false),
    ])
    func htmlIsRecognizedByMarkupOrName(name: String, text: String, isHTML: Bool) {
        #expect(HTMLSniffer.isHTML(text, name: name) == isHTML)
    }
}

extension HTMLEdgeCaseTests {
    @Test func headerOfTheArticleKeepsTheTitle() {
        let html = """
            <body><header class="site-header"><a>首页</a><a>政务公开</a></header>
            <main><article><header class="article-header"><h1>2023年法治政府建设年度报告</h1></header>
            <p>一、主要举措和成效</p></article></main><footer>版权所有</footer></body>
            """
        #expect(text(html) == "2023年法治政府建设年度报告\n\n一、主要举措和成效")
    }
}
