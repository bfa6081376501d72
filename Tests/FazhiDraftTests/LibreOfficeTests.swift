import FazhiDraft
import FazhiOffice
import Foundation
import Testing

/// The drafted .docx opened by LibreOffice (Debian's libreoffice-writer) and printed to PDF: it must
/// convert, lay out 28 characters × 22 lines on A4, and show the title, addressee, first heading and
/// the "— 1 —" page number on page 1. Without the commercial 公文 fonts, LibreOffice falls back to
/// Noto CJK through scripts/gbt9704-fonts.conf.
@Suite(.serialized) struct LibreOfficeTests {
    static let fonts = Sample.root.appendingPathComponent("scripts/gbt9704-fonts.conf").path

    /// Converts `docx` to PDF in its folder with a private LibreOffice profile; returns the PDF's path.
    static func pdf(from docx: URL) throws -> String {
        let soffice = try Tool.find(["soffice", "libreoffice"], package: "libreoffice-writer")
        let dir = docx.deletingLastPathComponent()
        let profile = dir.appendingPathComponent("lo-profile").absoluteString
        let (status, _) = try Tool.run(soffice, [
            "--headless", "-env:UserInstallation=\(profile)", "--convert-to", "pdf", "--outdir", dir.path, docx.path,
        ], environment: ["FONTCONFIG_FILE": fonts])
        let pdf = docx.deletingPathExtension().appendingPathExtension("pdf").path
        guard status == 0, FileManager.default.fileExists(atPath: pdf) else {
            throw Tool.Failure(description: "soffice could not convert \(docx.path) (status \(status))")
        }
        return pdf
    }

    /// Lines the document takes on the 28 × 22 grid: each paragraph's characters (Latin digits half
    /// wide) plus its two-character indent, over 28 a line; the title, blank lines and the 落款.
    static func gridLines(_ document: OfficialDocument) -> Int {
        func width(_ text: String) -> Double { text.unicodeScalars.reduce(0) { $0 + ($1.isASCII ? 0.5 : 1) } }
        func lines(_ text: String) -> Int { Int((width(text) + 2) / 28) + ((width(text) + 2).truncatingRemainder(dividingBy: 28) > 0 ? 1 : 0) }
        var total = document.title.count + 1 + (document.addressee == nil ? 0 : 1) + 4
        for block in document.blocks {
            switch block {
            case let .heading1(text), let .heading2(text): total += lines(text)
            case let .paragraph(runs): total += lines(runs.map(\.text).joined())
            }
        }
        return total
    }

    @Test func draftedDocxConvertsWithTheOfficialLayout() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let draft = try Drafter().draft(ledgerText: try Sample.ledgerText, format: .docx)
        let docx = dir.appendingPathComponent("report.docx")
        try draft.bytes.write(to: docx)

        let pdf = try Self.pdf(from: docx)
        let pdfinfo = try Tool.find(["pdfinfo"], package: "poppler-utils")
        let pdftotext = try Tool.find(["pdftotext"], package: "poppler-utils")
        let (_, info) = try Tool.run(pdfinfo, [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) }
        let expected = (Self.gridLines(draft.document) + 21) / 22
        #expect(pages == expected, "pdfinfo: \(info)")
        #expect(info.contains("595.") && info.contains("x 841.") || info.contains("x 842"), "not A4: \(info)")

        let (_, first) = try Tool.run(pdftotext, ["-f", "1", "-l", "1", pdf, "-"])
        let page1 = first.filter { !$0.isWhitespace }
        for text in ["武清区人民政府关于武清区2023年度法治政府建设情况的报告", "武清区人大常委会：",
                     "一、2023年度推进法治政府建设的主要举措和成效", "（一）依法全面履行政府职能。", "—1—"] {
            #expect(page1.contains(text), "page 1 lacks \(text): \(first)")
        }
        // The 落款 ends the last page, whose number is the page count.
        let last = String(pages ?? 1)
        let (_, end) = try Tool.run(pdftotext, ["-f", last, "-l", last, pdf, "-"])
        let lastPage = end.filter { !$0.isWhitespace }
        #expect(lastPage.contains("武清区人民政府2024年2月20日"))
        #expect(lastPage.contains("—\(last)—"))
    }

    @Test func bodyLinesHold28CharactersOnA22LineGrid() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-lo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // Forty paragraphs of 54 Han characters: with the indent, two full lines each.
        let paragraph = String(repeating: "依法行政制度体系建设", count: 6).prefix(54)
        let document = OfficialDocument(title: ["测试"], addressee: nil,
                                        blocks: Array(repeating: .paragraph([.init(String(paragraph))]), count: 40),
                                        issuer: "某区人民政府", date: "2024年2月20日")
        let docx = dir.appendingPathComponent("grid.docx")
        try document.data().write(to: docx)
        let pdf = try Self.pdf(from: docx)
        let (_, text) = try Tool.run(try Tool.find(["pdftotext"], package: "poppler-utils"), ["-f", "2", "-l", "2", pdf, "-"])
        let lines = text.split(separator: "\n").map { $0.filter { !$0.isWhitespace } }.filter { $0.count > 3 }
        // Page 2 is all body: 22 lines (the page number aside), each 28 characters or the 26 after an indent.
        let body = lines.filter { !$0.hasPrefix("—") }
        #expect(body.count == 22, "\(body)")
        #expect(body.allSatisfy { $0.count == 28 || $0.count == 26 }, "\(body.map(\.count))")
    }
}
