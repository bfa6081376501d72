import FazhiCore
@testable import FazhiFormats
import Foundation
import Testing

/// Files that are not what they seem get one line naming the file and the problem.
@Suite(.serialized) struct BadDocumentTests {
    static func reason(_ data: Data, _ name: String) -> InputError? {
        do {
            _ = try DocumentReader.decode(data: data, name: name)
            return nil
        } catch {
            #expect(error.description.hasPrefix(name + ": "))
            #expect(!error.description.contains("\n"))
            return error
        }
    }

    /// A PDF of `pages` empty pages with a correct cross-reference table.
    static func emptyPages(_ pages: Int) -> Data {
        var objects = ["<</Type/Catalog/Pages 2 0 R>>",
                       "<</Type/Pages/Kids[\((0..<pages).map { "\($0 + 3) 0 R" }.joined(separator: " "))]/Count \(pages)>>"]
        objects += Array(repeating: "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>", count: pages)
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { out += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        out += "trailer\n<</Size \(objects.count + 1)/Root 1 0 R>>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    @Test func aPDFOfFiveThousandPagesIsRefusedByItsPageCount() {
        #expect(Self.reason(Self.emptyPages(5000), "many.pdf")?.reason == .tooManyPages(pages: 5000, limit: 300))
    }

    @Test func aPDFWithoutTextIsNamedAsAScan() {
        let error = Self.reason(Self.emptyPages(2), "blank.pdf")
        guard case .unreadableScan = error?.reason else {
            Issue.record("\(String(describing: error))")
            return
        }
    }

    @Test func anHTMLPageNamedPDFSaysWhatItIs() {
        let page = Data("<!DOCTYPE html><html><head><title>404</title></head><body>页面不存在</body></html>".utf8)
        #expect(Self.reason(page, "report.pdf")?.description == "report.pdf: is not a readable PDF (it is an HTML page, not a PDF; download the PDF itself)")
    }

    @Test func encryptedAndTruncatedPDFsAreNamed() throws {
        let dir = try Office.folder("bad-pdf")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = Office.samples.appendingPathComponent("001_6400df55651fb672.txt")
        let locked = #"pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}"#
        let encrypted = try #require(try Office.convert([text], to: locked, extension: "pdf", in: dir).first)
        #expect(Self.reason(try Data(contentsOf: encrypted), "locked.pdf")?.reason == .encryptedPDF)
        let plain = try #require(try Office.convert([text], to: "pdf", extension: "pdf", in: dir.appendingPathComponent("plain")).first)
        let whole = try Data(contentsOf: plain)
        // Cut anywhere, a PDF either still gives text or is named as damaged; it never ends the process.
        for cut in [9, 200, whole.count / 3, whole.count / 2, whole.count - 200] {
            let head = whole.prefix(cut)
            if let error = Self.reason(head, "cut.pdf") {
                switch error.reason {
                case .badPDF, .unreadableScan, .noText: break
                default: Issue.record("cut at \(cut): \(error)")
                }
            }
        }
    }
}
