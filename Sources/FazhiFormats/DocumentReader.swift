import FazhiCore
import FazhiScan
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
        /// Called with the number of pages about to be read by OCR (a worker asks for more time).
        public var beforeOCR: (@Sendable (Int) -> Void)?
        /// Called as OCR finishes each page: (pages done, pages in all).
        public var progress: (@Sendable (Int, Int) -> Void)?

        public init(maxPages: Int = 300, conversionSeconds: Double = 60, beforeOCR: (@Sendable (Int) -> Void)? = nil,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) {
            self.maxPages = maxPages
            self.conversionSeconds = conversionSeconds
            self.beforeOCR = beforeOCR
            self.progress = progress
        }
    }

    public static func decode(data: Data, name: String, options: Options = Options()) throws(InputError) -> SourceDocument {
        let fail = { (reason: InputError.Reason) in InputError(file: name == "-" ? InputReader.standardInputName : name, reason: reason) }
        switch FormatSniffer.sniff(data, name: name) {
        case .pdf: return try pdf(data, name: name, options: options, fail: fail)
        case .image: return try image(data, name: name, options: options, fail: fail)
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
        guard !text.pagesWithoutText.isEmpty else {
            guard text.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { throw fail(.noText) }
            return SourceDocument(name: name, format: .pdf, encoding: "utf-8", original: text.text, pageStarts: text.pageStarts)
        }
        // Scanned pages: read by OCR, and put in their places among the pages with text.
        options.beforeOCR?(text.pagesWithoutText.count)
        let scanned: [ScanReader.Page]
        do {
            scanned = try ScanReader.read(file, pages: text.pagesWithoutText, progress: options.progress)
        } catch {
            throw fail(.unreadableScan(error.line))
        }
        var pageTexts = text.pageTexts
        for page in scanned { pageTexts[page.number - 1] = page.text }
        return try scanDocument(pageTexts, scanned: scanned, name: name, fail: fail)
    }

    private static func image(
        _ data: Data, name: String, options: Options, fail: (InputError.Reason) -> InputError
    ) throws(InputError) -> SourceDocument {
        options.beforeOCR?(1)
        let scanned: [ScanReader.Page]
        do {
            scanned = try ScanReader.read(image: data)
        } catch {
            throw fail(.unreadableScan(error.line))
        }
        return try scanDocument(scanned.map(\.text), scanned: scanned, name: name, fail: fail)
    }

    /// A document of pages some of which were read by OCR; refused when OCR read almost nothing a
    /// report is made of (an image of a cat, a blank page).
    private static func scanDocument(
        _ pageTexts: [String], scanned: [ScanReader.Page], name: String, fail: (InputError.Reason) -> InputError
    ) throws(InputError) -> SourceDocument {
        let joined = OCRParagraphs.join(pageTexts)
        let han = joined.text.unicodeScalars.count { (0x4E00...0x9FFF).contains($0.value) }
        let confidence = scanned.map(\.confidence).reduce(0, +) / Double(max(1, scanned.count))
        guard han >= minimumScanCharacters, confidence >= minimumScanConfidence else {
            throw fail(.unreadableScan("OCR read \(han) Chinese characters, at a mean confidence of \(Int(confidence.rounded()))%"))
        }
        return SourceDocument(name: name, format: .scan, encoding: "utf-8", original: joined.text, pageStarts: joined.pageStarts,
                              ocrConfidence: scanned.map { OCRPageConfidence(page: $0.number, confidence: $0.confidence) })
    }

    /// A scan from which OCR reads fewer Chinese characters than this holds no report.
    public static let minimumScanCharacters = 30
    /// Nor one OCR reads at a lower mean confidence (0–100): what it "reads" in a photo or a blank
    /// page is noise (a printed page scans at 85–95; a poor one gets the low-confidence finding).
    public static let minimumScanConfidence = 30.0

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
