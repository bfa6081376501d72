import FazhiCore
import FazhiDraft
@testable import FazhiFormats
import Foundation
import Testing

/// Real PDFs made by LibreOffice from the sample reports and from a drafted 公文 .docx: read through
/// Poppler, they must give the analysis their source gives.
@Suite(.serialized) struct PDFReadingTests {
    static func sampleFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: Office.samples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }
    }

    /// The text with every blank removed, line by line (blank lines dropped).
    static func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { String($0.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }
            .filter { !$0.isEmpty }
    }

    /// The sample ledger drafted as a 公文 .docx, and where it was written in `dir`.
    static func draftedDocx(in dir: URL) throws -> (bytes: Data, url: URL) {
        let ledger = try String(contentsOf: Office.samples.appendingPathComponent("ledgers/wuqing-2023.yaml"), encoding: .utf8)
        let bytes = try Drafter().draft(ledgerText: ledger, format: .docx).bytes
        let url = dir.appendingPathComponent("report.docx")
        try bytes.write(to: url)
        return (bytes, url)
    }

    @Test func sampleTextsPrintedToPDFReadAsTheTexts() throws {
        let dir = try Office.folder("pdf-samples")
        defer { try? FileManager.default.removeItem(at: dir) }
        let texts = try Self.sampleFiles()
        let pdfs = try Office.convert(texts, to: "pdf", extension: "pdf", in: dir)
        #expect(texts.count == 5)
        for (text, pdf) in zip(texts, pdfs) {
            let source = try InputReader.read(path: text.path)
            let document = try DocumentReader.decode(data: Data(contentsOf: pdf), name: pdf.lastPathComponent)
            #expect(document.format == .pdf)
            // Paragraphs as the text file has them: lines joined across line and page breaks.
            #expect(Self.lines(document.text) == Self.lines(source.text), "\(pdf.lastPathComponent)")
            let pages = try #require(document.pageStarts)
            #expect(pages.count >= 3 && pages.first == 0 && pages == pages.sorted(), "\(pages)")
            let fromPDF = Analyzer().analyze(document), fromText = Analyzer().analyze(source)
            #expect(AnalysisEssentials(fromPDF) == AnalysisEssentials(fromText), "\(pdf.lastPathComponent)")
            #expect(fromPDF.source.pageStarts == pages)
            // Every figure on a page, the last ones on the last page.
            let last = try #require(fromPDF.quantities.last)
            #expect(fromPDF.source.page(at: last.range.start) == (pages.lastIndex { $0 <= last.range.start }! + 1))
        }
    }

    @Test func draftedReportPrintedToPDFLosesItsPageNumbersAndKeepsItsTitle() throws {
        let dir = try Office.folder("pdf-draft")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (draft, docx) = try Self.draftedDocx(in: dir)
        let pdf = try #require(try Office.convert([docx], to: "pdf", extension: "pdf", in: dir).first)
        let document = try DocumentReader.decode(data: Data(contentsOf: pdf), name: "report.pdf")
        let lines = document.text.split(separator: "\n")
        // The centred two-line title is one paragraph; "— 1 —" … are gone.
        #expect(lines.first == "武清区人民政府关于武清区2023年度法治政府建设情况的报告")
        #expect(!lines.contains { PageFurniture.isPageNumber(Array($0.unicodeScalars)) })
        #expect(!document.text.contains("—1—") && !document.text.contains("— 1 —"))
        #expect((document.pageStarts?.count ?? 0) >= 2)
        let fromDocx = Analyzer().analyze(try InputReader.decode(data: draft, name: "report.docx"))
        let fromPDF = Analyzer().analyze(document)
        #expect(AnalysisEssentials(fromPDF) == AnalysisEssentials(fromDocx))
        // The text report says on which page each figure stands.
        let report = TextReport(fromPDF, original: document.original).render()
        #expect(report.contains("件  [") && report.contains("] 第1页") && report.contains("] 第2页"), "\(report)")
    }

    @Test func legacyWordAndWPSAreConvertedAndReadLikeTheDocx() throws {
        let dir = try Office.folder("legacy")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (draft, docx) = try Self.draftedDocx(in: dir)
        let doc = try #require(try Office.convert([docx], to: "doc", extension: "doc", in: dir).first)
        let bytes = try Data(contentsOf: doc)
        let fromDocx = AnalysisEssentials(Analyzer().analyze(try InputReader.decode(data: draft, name: "report.docx")))
        // A WPS Office document in its Word-compatible form: the same bytes under a .wps name.
        for name in ["report.doc", "report.wps"] {
            let document = try DocumentReader.decode(data: bytes, name: name)
            #expect(document.format == .doc)
            #expect(document.name == name)
            #expect(AnalysisEssentials(Analyzer().analyze(document)) == fromDocx, "\(name)")
        }
    }
}
