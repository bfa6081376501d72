@testable import FazhiFormats
import Testing

/// The pieces that turn a page's lines into a report's text.
struct PageTextTests {
    @Test(arguments: ["3", "— 3 —", "- 12 -", "·3·", "第3页", "第 3 页 共 9 页", "3/9", "Page 3 of 9", "－ ４ －"])
    func pageNumbers(_ line: String) {
        #expect(PageFurniture.isPageNumber(Array(line.unicodeScalars)))
    }

    @Test(arguments: ["2023年", "共3页材料", "三、存在的问题", "12345热线"])
    func notPageNumbers(_ line: String) {
        #expect(!PageFurniture.isPageNumber(Array(line.unicodeScalars)))
    }

    @Test func aLineRepeatedAtTheTopOfEveryPageIsFurniture() {
        func line(_ s: String) -> PageLine { PageLine(scalars: Array(s.unicodeScalars), box: nil) }
        let body = ["依法全面履行政府职能", "深化行政审批改革", "完善依法决策机制", "严格规范公正文明执法"]
        let pages = (1...4).map { n in [line("某市人民政府文件"), line(body[n - 1]), line("第\(n)段"), line(body[4 - n]), line("- \(n) -")] }
        let furniture = PageFurniture.find(pages)
        #expect(furniture == Array(repeating: [0, 4], count: 4))
    }

    @Test(arguments: ["(三)完善", "（十一）加强", "二、主要", "3.加强", "第一，"])
    func numberedHeadings(_ line: String) {
        #expect(ParagraphJoiner.startsNumbered(Array(line.unicodeScalars)))
    }

    @Test(arguments: ["三项制度", "2023年", "(注)", "一体化", "二是通过"])
    func notNumberedHeadings(_ line: String) {
        #expect(!ParagraphJoiner.startsNumbered(Array(line.unicodeScalars)))
    }

    @Test func spacesAtAChangeOfScriptGoOthersStay() {
        func tidy(_ s: String) -> String { String(String.UnicodeScalarView(CJKSpacing.tidy(Array(s.unicodeScalars)))) }
        #expect(tidy("2020 年共 26 件") == "2020年共26件")
        #expect(tidy("索 引 号") == "索 引 号")
        #expect(tidy("PDF file") == "PDF file")
    }

    @Test func compatibilityFormsBecomeOrdinaryCharacters() {
        // Kangxi radicals ⾏ ⼈ and a compatibility ideograph, as PDFs' fonts often give them.
        let mapped = CompatibilityForms.map(Array("依法⾏政⼈员\u{F9F1}".unicodeScalars))
        #expect(String(String.UnicodeScalarView(mapped)) == "依法行政人员\u{96A3}")
        #expect(CompatibilityForms.map(Array("，：（）".unicodeScalars)) == Array("，：（）".unicodeScalars))
    }
}
