import CPoppler
import Foundation

/// A PDF's text as a reader sees it, and its pages as pictures for OCR.
///
/// ```swift
/// let pdf = try PDFFile(data: bytes, maxPages: 300)
/// let text = pdf.text()        // paragraphs, page furniture removed, where each page starts
/// let picture = pdf.picture(page: 0, dpi: 300)
/// ```
public final class PDFFile {
    public enum Failure: Error, Equatable, Sendable {
        case encrypted
        case damaged(String)
        case noPages
        case tooManyPages(Int, limit: Int)
    }

    /// The text of the whole document.
    public struct Text: Sendable, Equatable {
        /// Paragraphs, one a line.
        public var text: String
        /// Where each page starts in `text`, in code points.
        public var pageStarts: [Int]
        /// The pages (from 0) with (almost) no text: scanned pages, to be read by OCR.
        public var pagesWithoutText: [Int]

        /// Each page's part of `text`.
        public var pageTexts: [String] {
            let scalars = Array(text.unicodeScalars)
            return pageStarts.indices.map { i in
                let end = i + 1 < pageStarts.count ? pageStarts[i + 1] : scalars.count
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[min(pageStarts[i], end)..<end])
                return String(view)
            }
        }
    }

    /// A page drawn on white: `bytesPerRow` × `height` bytes of cairo's ARGB32 (native-endian
    /// 0xAARRGGBB words).
    public struct Picture: Sendable {
        public var width: Int
        public var height: Int
        public var bytesPerRow: Int
        public var pixels: [UInt8]
    }

    /// A page with fewer visible characters than this has no text layer worth reading.
    public static let minimumPageCharacters = 10

    private let document: PopplerDocument
    public let pageCount: Int

    public init(data: Data, maxPages: Int) throws(Failure) {
        do {
            document = try PopplerDocument(data: data)
        } catch {
            switch error {
            case .encrypted: throw .encrypted
            case .damaged(let why): throw .damaged(why)
            }
        }
        pageCount = document.pageCount
        guard pageCount > 0 else { throw .noPages }
        guard pageCount <= maxPages else { throw .tooManyPages(pageCount, limit: maxPages) }
    }

    public func text() -> Text {
        let pages = (0..<pageCount).map { i in document.page(i).map { PageLine.lines($0.glyphs()) } ?? [] }
        let furniture = PageFurniture.find(pages)
        let body = zip(pages, furniture).map { lines, drop in lines.indices.filter { !drop.contains($0) }.map { lines[$0] } }
        let joiner = ParagraphJoiner(geometry: ParagraphJoiner.Geometry(body.flatMap { $0 }))

        var out: [Unicode.Scalar] = []
        var starts: [Int] = []
        var empty: [Int] = []
        var previous: PageLine?
        var previousPage = -1
        for (page, lines) in body.enumerated() {
            starts.append(out.count)
            if lines.reduce(0, { $0 + $1.scalars.count { !$0.properties.isWhitespace } }) < Self.minimumPageCharacters {
                empty.append(page)
            }
            for (i, line) in lines.enumerated() {
                if let previous {
                    out += joiner.continues(previous, line, samePage: previousPage == page)
                        ? ParagraphJoiner.separator(previous, line) : ["\n"]
                }
                // The page starts with its first line (after the break that ends the page before).
                if i == 0 { starts[page] = out.count }
                out += CJKSpacing.tidy(CompatibilityForms.map(line.scalars))
                previous = line
                previousPage = page
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return Text(text: String(view), pageStarts: starts, pagesWithoutText: empty)
    }

    /// Page `index` (from 0) drawn at `dpi` on white; nil when Poppler cannot give the page or the
    /// picture would be larger than `maxPixels`.
    public func picture(page index: Int, dpi: Double, maxPixels: Int = 150_000_000) -> Picture? {
        guard let page = document.page(index) else { return nil }
        let size = page.size
        let scale = dpi / 72
        let width = Int((size.width * scale).rounded(.up)), height = Int((size.height * scale).rounded(.up))
        guard width > 0, height > 0, width * height <= maxPixels else { return nil }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let context = cairo_create(surface) else { return nil }
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        page.render(into: context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let pixels = Array(UnsafeBufferPointer(start: data, count: stride * height))
        return Picture(width: width, height: height, bytesPerRow: stride, pixels: pixels)
    }
}
