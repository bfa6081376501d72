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
        "阅读次数：1024", "上一条：关于2022年度法治政府建设情况的报告",
    ])
    func commonChromeIsRecognized(line: String) {
        #expect(SiteChrome.shared.isChrome(line))
    }
}
