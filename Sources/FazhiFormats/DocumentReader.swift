import FazhiCore
import Foundation

/// Reads a report file of any format Fazhi knows: PDFs (their text layer, or OCR for scanned
/// pages), images (OCR), legacy Word (.doc, .wps, .rtf, through LibreOffice), and everything
/// ``InputReader`` reads (text, HTML, .docx). Failures are ``InputError``s naming the file.
///
/// ```swift
/// let document = try DocumentReader.decode(data: bytes, name: "报告.pdf")
/// document.format        // .pdf
/// document.pageStarts    // where each page starts in document.text
/// ```
public enum DocumentReader {
    public struct Options: Sendable {
        /// More pages than this are refused (an annual report has a few dozen).
        public var maxPages: Int
        /// How long LibreOffice may take to convert one legacy Word file, in seconds.
        public var conversionSeconds: Double

        public init(maxPages: Int = 300, conversionSeconds: Double = 60) {
            self.maxPages = maxPages
            self.conversionSeconds = conversionSeconds
        }
    }

    public static func decode(data: Data, name: String, options: Options = Options()) throws(InputError) -> SourceDocument {
        let fail = { (reason: InputError.Reason) in InputError(file: name == "-" ? InputReader.standardInputName : name, reason: reason) }
        switch FormatSniffer.sniff(data, name: name) {
        case .pdf: return try pdf(data, name: name, options: options, fail: fail)
        case .image(let kind): throw fail(.unsupported(kind: "a \(kind) image", advice: "OCR of images is not available in this build"))
        case .legacyWord(let ext): return try legacyWord(data, ext: ext, name: name, options: options, fail: fail)
        case .misnamedPDF(let what): throw fail(.badPDF("it is \(what), not a PDF; download the PDF itself"))
        case .other: return try InputReader.decode(data: data, name: name)
        }
    }

    private static func pdf(
        _ data: Data, name: String, options: Options, fail: (InputError.Reason) -> InputError
    ) throws(InputError) -> SourceDocument {
        let file: PDFFile
        do {
            file = try PDFFile(data: data, maxPages: options.maxPages)
        } catch {
            switch error {
            case .encrypted: throw fail(.encryptedPDF)
            case .damaged(let why): throw fail(.badPDF(why))
            case .noPages: throw fail(.badPDF("it has no pages"))
            case .tooManyPages(let pages, let limit): throw fail(.tooManyPages(pages: pages, limit: limit))
            }
        }
        let text = file.text()
        guard text.pagesWithoutText.count < file.pageCount else {
            throw fail(.unreadableScan("a scanned PDF: its pages have no text layer, and OCR is not available in this build"))
        }
        guard text.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw fail(.noText) }
        return SourceDocument(name: name, format: .pdf, encoding: "utf-8", original: text.text, pageStarts: text.pageStarts)
    }

    private static func legacyWord(
        _ data: Data, ext: String, name: String, options: Options, fail: (InputError.Reason) -> InputError
    ) throws(InputError) -> SourceDocument {
        let docx: Data
        do {
            docx = try LibreOfficeConverter.docx(data, fileExtension: ext, seconds: options.conversionSeconds)
        } catch {
            switch error {
            case .unavailable:
                throw fail(.unsupported(kind: "a legacy Word file (.\(ext))",
                                        advice: "LibreOffice (soffice) is not installed; install libreoffice-writer or save it as .docx"))
            case .timedOut(let seconds): throw fail(.conversionFailed("it took longer than \(Int(seconds)) s"))
            case .failed(let why): throw fail(.conversionFailed(why))
            }
        }
        var document: SourceDocument
        do {
            document = try InputReader.decode(data: docx, name: name)
        } catch {
            throw InputError(file: error.file, reason: .conversionFailed("its .docx cannot be read: \(error.reasonText)"))
        }
        document.format = .doc
        return document
    }
}
