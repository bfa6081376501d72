import CPoppler
import Foundation

/// A PDF opened by Poppler (through poppler-glib), freed when this value goes away.
///
/// Opening checks what Poppler can check at once: an encrypted document that needs a password,
/// a damaged one, a file that is no PDF at all. Pages are read one at a time.
final class PopplerDocument {
    enum OpenError: Error, Equatable {
        case encrypted
        case damaged(String)
    }

    private let handle: OpaquePointer

    init(data: Data) throws(OpenError) {
        let bytes = data.withUnsafeBytes { g_bytes_new($0.baseAddress, gsize($0.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            defer { if error != nil { g_error_free(error) } }
            let code = error.map { Int($0.pointee.code) }
            if code == Int(POPPLER_ERROR_ENCRYPTED.rawValue) { throw .encrypted }
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "Poppler cannot open it"
            throw .damaged(message)
        }
        handle = document
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    var pageCount: Int { Int(poppler_document_get_n_pages(handle)) }

    /// Page `index` (from 0), or nil when Poppler cannot give it.
    func page(_ index: Int) -> PopplerPage? {
        guard let page = poppler_document_get_page(handle, Int32(index)) else { return nil }
        return PopplerPage(page)
    }
}

/// One page of a ``PopplerDocument``: its size, its text with a box for every character, and its
/// picture (for OCR).
final class PopplerPage {
    private let handle: OpaquePointer

    init(_ handle: OpaquePointer) { self.handle = handle }

    deinit { g_object_unref(UnsafeMutableRawPointer(handle)) }

    /// Width and height in points (1/72 inch).
    var size: (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        poppler_page_get_size(handle, &width, &height)
        return (width, height)
    }

    /// The page's characters in Poppler's reading order ("\n" between lines), each with its box.
    func glyphs() -> [Glyph] {
        guard let text = poppler_page_get_text(handle) else { return [] }
        defer { g_free(text) }
        let scalars = Array(String(cString: text).unicodeScalars)
        var boxes: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let laidOut = poppler_page_get_text_layout(handle, &boxes, &count) != 0
        defer { if boxes != nil { g_free(boxes) } }
        guard laidOut, let boxes, Int(count) == scalars.count else {
            // No boxes (or not one per character): the text alone, one line after another.
            return scalars.map { Glyph(scalar: $0, box: nil) }
        }
        return scalars.indices.map { i in
            let r = boxes[i]
            return Glyph(scalar: scalars[i], box: Box(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2))
        }
    }

    /// Draws the page into `context` (already scaled to the wanted resolution).
    func render(into context: OpaquePointer) {
        poppler_page_render(handle, context)
    }
}
