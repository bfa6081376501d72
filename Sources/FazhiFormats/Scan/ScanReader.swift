import FazhiScan
import Foundation

/// Reads scanned pages — a PDF's pages without text, or images — with OCR (Tesseract through
/// ``FazhiScan``), pages in parallel on all processors.
///
/// The language model (simplified or traditional) is chosen once per document on its first page,
/// by Tesseract's confidence in each. The red seal and red header are whitened, pages deskewed and
/// binarized before recognition (``Recognizer``).
enum ScanReader {
    struct Page {
        var number: Int
        var text: String
        var confidence: Double
    }

    enum Failure: Error {
        case scan(ScanError)
        case page(Int, ScanError)
    }

    /// The resolution PDF pages are drawn at for OCR.
    static let dpi = 300.0

    /// OCR of PDF pages `indices` (from 0) of `file`.
    static func read(_ file: PDFFile, pages indices: [Int], progress: (@Sendable (Int, Int) -> Void)?) throws(Failure) -> [Page] {
        let renderer = Renderer(file)
        guard let first = indices.first else { return [] }
        var options = OCROptions()
        do {
            options.languages = try Recognizer.chooseLanguage(for: try renderer.picture(first), options: options)
        } catch {
            throw .page(first + 1, error)
        }
        let results = Recognizer.recognize(count: indices.count, options: options, page: { i throws(ScanError) in
            try renderer.picture(indices[i])
        }, progress: progress ?? { _, _ in })
        var pages: [Page] = []
        for (i, result) in results.enumerated() {
            switch result {
            case .success(let page): pages.append(Page(number: indices[i] + 1, text: page.text, confidence: page.confidence))
            case .failure(let error): throw .page(indices[i] + 1, error)
            }
        }
        return pages
    }

    /// OCR of a PNG, JPEG or TIFF (every page of a multi-page TIFF).
    static func read(image data: Data) throws(Failure) -> [Page] {
        do {
            var options = OCROptions()
            let pages = try Recognizer.recognize(imageData: data, options: options)
            // The language as for PDFs: when traditional reads with more confidence, read again.
            options.languages = "chi_tra"
            let traditional = try Recognizer.recognize(imageData: data, options: options)
            let mean = { (pages: [ScannedPage]) in pages.map(\.confidence).reduce(0, +) / Double(max(1, pages.count)) }
            let best = mean(traditional) > mean(pages) ? traditional : pages
            return best.map { Page(number: $0.number, text: $0.text, confidence: $0.confidence) }
        } catch {
            throw .scan(error)
        }
    }

    /// Draws a PDF's pages one at a time (Poppler's document is not shared between threads).
    private final class Renderer: @unchecked Sendable {
        // @unchecked: `file` is only used under `lock`.
        private let file: PDFFile
        private let lock = NSLock()

        init(_ file: PDFFile) { self.file = file }

        func picture(_ index: Int) throws(ScanError) -> PageImage {
            let picture = lock.withLock { file.picture(page: index, dpi: ScanReader.dpi) }
            guard let picture else { throw .notAnImage("page \(index + 1) cannot be drawn") }
            return PageImage(width: picture.width, height: picture.height, bytesPerRow: picture.bytesPerRow,
                             pixels: picture.pixels, dotsPerInch: Int(ScanReader.dpi))
        }
    }
}

extension ScanReader.Failure {
    /// One line: which page, and what went wrong.
    var line: String {
        switch self {
        case .scan(let error): "\(error)"
        case .page(let page, let error): "page \(page): \(error)"
        }
    }
}
