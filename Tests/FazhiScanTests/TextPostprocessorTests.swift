import Testing
@testable import FazhiScan

@Suite struct TextPostprocessorTests {
    @Test(arguments: [
        ("法 治 政 府 建 设", "法治政府建设"),
        ("依法 行政 , 严格 执法", "依法行政，严格执法"),
        ("2020 年 1 月 29 日", "2020年1月29日"),
        ("“ 放 管 服 ” 改革", "“放管服”改革"),
        ("共 办理 案件 1 2 件", "共办理案件1 2件"),  // digit–digit spaces are not ours to judge
        ("COVID 19 疫情", "COVID 19疫情"),
        ("  行 首 与 行 尾  ", "行首与行尾"),
        ("全角 ２０２０ 年", "全角2020年"),
        ("第一 ( 一 ) 项", "第一（一）项"),
        ("来源 :北京", "来源：北京"),
        ("1. 持续 深化", "1.持续深化"),
    ])
    func spacing(raw: String, expected: String) {
        #expect(TextPostprocessor.clean(raw) == expected)
    }

    @Test func latinJoiningCanBeSwitchedOff() {
        #expect(TextPostprocessor.clean("2020 年", joinCJKWithLatin: false) == "2020 年")
        #expect(TextPostprocessor.clean("法 治", joinCJKWithLatin: false) == "法治")
    }

    @Test func linesAreKeptAndBlankRunsCollapse() {
        let raw = "\n\n一 、 总 体 情 况\n\n\n\n全 面 推 进\n依 法 行 政\n|\n\n_\n落 实 责 任\n\n"
        #expect(TextPostprocessor.clean(raw) == "一、总体情况\n\n全面推进\n依法行政\n\n落实责任")
    }

    @Test func asciiPunctuationOnlyWidenedBetweenHan() {
        #expect(TextPostprocessor.clean("日期:2021-03-31") == "日期:2021-03-31")
        #expect(TextPostprocessor.clean("情况:如下") == "情况：如下")
    }
}
