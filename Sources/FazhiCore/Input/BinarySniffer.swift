import Foundation

/// Recognizes a file by its first bytes (its "magic"), as Apache Tika does before guessing a text
/// encoding: a .docx to read, or a binary format to refuse with a message naming it.
enum BinarySniffer {
    /// What the bytes are.
    enum Kind: Equatable {
        /// An Office Open XML word-processing document (a zip holding `word/document.xml`).
        case docx
        /// A known binary format that is not a report, e.g. "a PNG image".
        case binary(String)
        /// A zip archive whose directory cannot be trusted, and why.
        case damagedZip(String)
        /// A document format Fazhi cannot read yet, and what to do about it.
        case unsupported(kind: String, advice: String)
        /// Possibly text: left to the encoding detector.
        case text
    }

    private static let magics: [([UInt8], String)] = [
        (Array("%PDF".utf8), "PDF"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        (Array("GIF8".utf8), "a GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
        ([0x1F, 0x8B], "a gzip archive"),
        (Array("Rar!".utf8), "a RAR archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "OLE2"),
        (Array("{\\rtf".utf8), "RTF"),
    ]

    static func sniff(_ data: Data) -> Kind {
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) || data.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return zipKind(data)
        }
        guard let (_, kind) = magics.first(where: { data.starts(with: $0.0) }) else { return .text }
        switch kind {
        case "PDF":
            return .unsupported(
                kind: "a PDF", advice: "InputReader reads text, HTML and .docx; PDFs are read by DocumentReader (FazhiFormats), as `fazhi analyze` does")
        case "OLE2":
            return .unsupported(
                kind: "a legacy Office file (.doc/.xls/.wps)", advice: "save it as .docx or .txt first")
        case "RTF":
            return .unsupported(kind: "an RTF document", advice: "save it as .docx or .txt first")
        default:
            return .binary(kind)
        }
    }

    /// A zip archive: .docx when it holds `word/document.xml`, else which OOXML or OpenDocument
    /// kind it is, else a plain archive.
    private static func zipKind(_ data: Data) -> Kind {
        let archive: ZipDirectory
        do {
            archive = try ZipDirectory(data)
        } catch {
            return .damagedZip(error.why)
        }
        if archive.entry("word/document.xml") != nil { return .docx }
        let others: [(String, String)] = [
            ("xl/workbook.xml", "an Excel .xlsx workbook"),
            ("ppt/presentation.xml", "a PowerPoint .pptx presentation"),
            ("content.xml", "an OpenDocument file"),
        ]
        if let (_, kind) = others.first(where: { archive.entry($0.0) != nil }) {
            return .unsupported(kind: kind, advice: "save the report as .docx or .txt first")
        }
        return .binary("a zip archive that is not a .docx")
    }
}
