import Foundation
import Testing
@testable import FazhiCore

struct HTMLExtractionTests {
    static let page: SourceDocument? = try? InputReader.decode(
        data: InputSamples.fixture("gov-page-002.gb18030.html"), name: "gov-page-002.gb18030.html")

    /// The report's paragraphs: sample 002's lines, chrome left out, from its title to 附件.
    static var reportParagraphs: [String] {
        let lines = InputSamples.text("002").trimmedLines
        let start = lines.firstIndex { $0.hasPrefix("武清区人民政府关于") } ?? 0
        let end = lines.firstIndex { $0.hasPrefix("附件") } ?? lines.count
        return lines[start..<end].filter { !SiteChrome.shared.isChrome($0) }
    }

    @Test func governmentPageIsDecodedFromItsDeclaredCharset() throws {
        let page = try #require(Self.page)
        #expect(page.format == .html)
        #expect(page.encoding == "gb18030")
        #expect(page.title == "武清区人民政府关于武清区2023年度法治政府建设情况的报告_天津市武清区人民政府")
    }

    @Test func governmentPageKeepsEveryParagraphOfTheReport() throws {
        let lines = Set(try #require(Self.page).text.trimmedLines)
        #expect(Self.reportParagraphs.count > 20)
        for paragraph in Self.reportParagraphs {
            #expect(lines.contains(paragraph), "missing: \(paragraph.prefix(30))")
        }
    }

    @Test(arguments: [
        "当前位置", "首页", "政务公开", "分享", "微信", "字号", "搜索", "无障碍", "IE版本", "浏览器", "脚本", "正文 开始",
        "版权所有", "ICP备", "公网安备", "网站标识码", "打印页面", "附件", "</div>", "font-size",
    ])
    func governmentPageDropsChromeScriptsAndMarkup(fragment: String) throws {
        let text = try #require(Self.page).text
        #expect(!text.contains(fragment))
    }

    @Test func governmentPageHasOneEmptyLineBetweenParagraphs() throws {
        let text = try #require(Self.page).text
        #expect(!text.contains("\n\n\n"))
        #expect(text.hasPrefix("武清区人民政府关于武清区2023年度法治政府建设情况的报告\n\n来源:\u{A0} 武清区人民政府 发布时间:"))
    }

    @Test(arguments: [
        "加强权责清单动态管理,组织召开两次权责清单联席会议",
        "(九)持续推动数字法治政府建设。",
        "武清区人民政府关于武清区2023年度法治政府建设情况的报告",
        "继续开展执法案卷评查工作,不断规范行政执法行为。",
        "2024-02-28 10:47",
    ])
    func rangesInTheTextPointIntoThePage(phrase: String) throws {
        let page = try #require(Self.page)
        let range = try #require(page.text.scalarRange(of: phrase))
        #expect(page.original.scalars(in: page.originalRange(range)) == phrase)
    }

    @Test func offsetsCoverEveryCodePointPlusTheEnd() throws {
        let page = try #require(Self.page)
        let offsets = try #require(page.offsets)
        #expect(offsets.count == page.text.unicodeScalars.count + 1)
        #expect(offsets == offsets.sorted())
        #expect((offsets.last ?? 0) <= page.original.unicodeScalars.count)
    }

    @Test func anEntityMapsToItsSourceSpan() throws {
        let html = "<html><body><p>深化&ldquo;放管服&rdquo;改革&amp;创新</p></body></html>"
        let document = try InputReader.decode(data: Data(html.utf8), name: "a.html")
        #expect(document.text == "深化“放管服”改革&创新")
        let quote = try #require(document.text.scalarRange(of: "“放管服”改革"))
        #expect(document.original.scalars(in: document.originalRange(quote)) == "&ldquo;放管服&rdquo;改革")
        let whole = TextRange(start: 0, end: document.text.unicodeScalars.count)
        #expect(document.original.scalars(in: document.originalRange(whole)) == "深化&ldquo;放管服&rdquo;改革&amp;创新")
    }
}
