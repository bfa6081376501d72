import Foundation
import Testing
@testable import FazhiCore

struct DocxReadingTests {
    @Test func runsSplitMidWordJoinAndTabsAndBreaksAreKept() throws {
        let body = """
            <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs><w:jc w:val="center"/></w:pPr>\
            <w:r><w:t>北京市门头沟区人民政府</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>2020年法治政</w:t></w:r>\
            <w:r><w:t>府建设年度情况报告</w:t></w:r></w:p>\
            <w:p/>\
            <w:p><w:r><w:t xml:space="preserve">  2020年,</w:t></w:r><w:r><w:tab/><w:t>门头沟区</w:t></w:r>\
            <w:r><w:br/><w:t>明确各镇职责清单129项&amp;下沉&lt;执法&gt;职权431项。</w:t></w:r>\
            <w:r><w:delText>删除的文字</w:delText><w:instrText> PAGE </w:instrText></w:r></w:p>
            """
        let data = try DocxWriter.docx(body: body, title: "门头沟区2020年法治政府建设报告")
        let document = try InputReader.decode(data: data, name: "report.docx")
        #expect(document.format == .docx)
        #expect(document.encoding == "utf-8")
        #expect(document.offsets == nil)
        #expect(document.text == document.original)
        #expect(document.title == "门头沟区2020年法治政府建设报告")
        #expect(document.text == """
            北京市门头沟区人民政府2020年法治政府建设年度情况报告

              2020年,\t门头沟区
            明确各镇职责清单129项&下沉<执法>职权431项。
            """)
    }

    @Test func tableRowsBecomeLinesWithTabSeparatedCells() throws {
        let cell = { (text: String) in
            "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
        }
        let body = "<w:p><w:r><w:t>表1</w:t></w:r></w:p><w:tbl><w:tblPr/>"
            + "<w:tr>\(cell("项目"))\(cell("数量"))</w:tr><w:tr>\(cell("行政复议案件"))\(cell("218件"))</w:tr></w:tbl>"
            + "<w:p><w:r><w:t>完</w:t></w:r></w:p>"
        let document = try InputReader.decode(data: try DocxWriter.docx(body: body), name: "t.docx")
        #expect(document.text == "表1\n项目\t数量\n行政复议案件\t218件\n完")
        #expect(document.title == nil)
    }

    @Test func docxWithoutTextIsRefused() throws {
        let data = try DocxWriter.docx(body: "<w:p/><w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>")
        #expect(throws: InputError(file: "blank.docx", reason: .noText)) {
            try InputReader.decode(data: data, name: "blank.docx")
        }
    }
}

extension DocxReadingTests {
    @Test func zipNamedDocxWithoutDocumentSaysWhatIsMissing() throws {
        let data = try DocxWriter.zip([("[Content_Types].xml", DocxWriter.contentTypes)])
        #expect(throws: InputError(file: "broken.docx", reason: .badDocx("it has no word/document.xml"))) {
            try InputReader.decode(data: data, name: "broken.docx")
        }
    }
}
