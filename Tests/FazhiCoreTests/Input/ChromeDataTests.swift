import Foundation
import Testing
@testable import FazhiCore

/// Guards Resources/chrome.json: in the published samples, only the real chrome lines match.
struct ChromeDataTests {
    static let knownChrome: Set<String> = [
        "分享:", "字号:", "您访问的链接即将离开“首都之窗”门户网站 是否继续?", "已归档", "原文件下载:",
        "是否规范性文件:否", "相关解读", "IE版本小于11,为了不影响您的浏览效果,请升级IE版本! x", "当前位置:",
        "附件:", "分享到:", "【打印页面】 【关闭页面】",
    ]

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func onlyRealChromeLinesOfTheSamplesAreChrome(prefix: String) {
        for line in InputSamples.text(prefix).trimmedLines where SiteChrome.shared.isChrome(line) {
            #expect(Self.knownChrome.contains(line), "report text taken for chrome: \(line)")
        }
    }

    @Test(arguments: [
        "您现在的位置：首页 > 政务公开", "【字体：大 中 小】", "【打印此页】 【关闭窗口】", "津ICP备05008445号-1",
        "Copyright © 2024 天津市武清区人民政府", "建议使用IE9及以上版本浏览器，1024*768及以上分辨率浏览", "微信", "A+",
        "阅读次数：1024", "上一条：关于2022年度法治政府建设情况的报告", "某县人民政府首页 | 无障碍 | 长者模式",
    ])
    func commonChromeIsRecognized(line: String) {
        #expect(SiteChrome.shared.isChrome(line))
    }

    @Test(arguments: ["发布日期：2024-03-15　【字体：大 中 小】", "来源：司法局　分享到：微信 微博", "发布时间：2024-03-15 【打印本页】"])
    func aPageLabelLineIsKeptWithTheButtonsBesideIt(line: String) {
        #expect(!SiteChrome.shared.isChrome(line))
    }

    @Test func aPublicationDateBesideFontButtonsIsRead() throws {
        let html = """
            <html><body><div class="top">某县人民政府首页 | 无障碍 | 长者模式</div>
            <h1>某县2023年度法治政府建设情况报告</h1>
            <div class="info">发布日期：2024-03-15　【字体：大 中 小】</div>
            <p>一、主要举措和成效</p><p>全面推进严格规范公正文明执法。</p></body></html>
            """
        let document = try InputReader.decode(data: Data(html.utf8), name: "page.html")
        #expect(!document.text.contains("长者模式"))
        let analysis = Analyzer().analyze(document)
        #expect(analysis.metadata.publishedOn == "2024-03-15")
        #expect(analysis.metadata.title == "某县2023年度法治政府建设情况报告")
    }
}
