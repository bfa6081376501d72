import Foundation

/// What kind of document a file holds, from its first bytes (and, where bytes cannot tell, its
/// name): the formats ``DocumentReader`` reads itself; everything else goes to ``InputReader``.
enum FormatSniffer {
    enum Kind: Equatable {
        case pdf
        case image(String)
        /// A legacy word-processor file LibreOffice converts; the extension to give it.
        case legacyWord(String)
        /// A file named .pdf that is no PDF, and what it is instead.
        case misnamedPDF(String)
        case other
    }

    static func sniff(_ data: Data, name: String) -> Kind {
        let head = [UInt8](data.prefix(1024))
        let ext = (name as NSString).pathExtension.lowercased()
        // A PDF's header may follow some junk, within the first 1,024 bytes.
        if head.count >= 5, (0...(head.count - 5)).contains(where: { head[$0..<($0 + 5)].elementsEqual(Array("%PDF-".utf8)) }) {
            return .pdf
        }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .image("PNG") }
        if head.starts(with: [0xFF, 0xD8, 0xFF]) { return .image("JPEG") }
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .image("TIFF") }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An OLE2 compound file: Word 97–2003 and WPS documents, but also Excel and PowerPoint.
            if ["xls", "ppt", "msg"].contains(ext) { return .other }
            return .legacyWord(ext == "wps" ? "wps" : "doc")
        }
        if head.starts(with: Array("{\\rtf".utf8)) { return .legacyWord("rtf") }
        if ext == "pdf" { return .misnamedPDF(describe(head)) }
        return .other
    }

    private static func describe(_ head: [UInt8]) -> String {
        let text = String(decoding: head.prefix(512), as: UTF8.self).lowercased()
        if text.contains("<html") || text.contains("<!doctype") || text.contains("<head") { return "an HTML page" }
        if head.starts(with: [0x50, 0x4B]) { return "a zip archive" }
        return "not a PDF"
    }
}
