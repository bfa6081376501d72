import Foundation

/// A decoded input: the original text as the file holds it, and the readable text Fazhi analyzes.
///
/// For plain text the two are the same. For an HTML page `text` is what a reader sees (markup,
/// scripts and navigation dropped, entities decoded, paragraph breaks kept) and `offsets` maps each
/// of its code points back into `original`, so every range Fazhi reports still points into the
/// decoded page. For .docx `original` is the document's text (one line per paragraph).
public struct SourceDocument: Sendable {
    public enum Format: String, Sendable, Codable {
        case text, html, docx
        /// A PDF read from its text layer.
        case pdf
        /// A scanned PDF, or an image, read by OCR.
        case scan
        /// A legacy Word document (.doc, .wps, .rtf) converted to .docx by LibreOffice.
        case doc
    }

    /// The file name (or `-` for standard input), used in messages.
    public var name: String
    public var format: Format
    /// The encoding the bytes were decoded from: `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`,
    /// `gb18030`, `big5`.
    public var encoding: String
    /// The decoded original text.
    public var original: String
    /// The readable text that is analyzed.
    public var text: String
    /// For each code point of `text`, its offset in `original`, plus one final entry for the end
    /// of the text. `nil` when `text` is `original`.
    public var offsets: [Int]?
    /// For each code point of `text`, the end of its source in `original` (past an entity's `;`).
    /// `nil` when each code point's source is one code point.
    public var offsetEnds: [Int]?
    /// The title the file declares: an HTML page's `<title>`, a .docx's core title.
    public var title: String?
    /// The bytes that were not valid in `encoding` and were read as U+FFFD, `nil` when there were none.
    public var invalidBytes: InvalidBytes?
    /// Where each page of a paged document (PDF, scan) starts in `text`, in code points, page 1
    /// first; `nil` for formats without pages.
    public var pageStarts: [Int]?
    /// For each page read by OCR, the engine's mean confidence (0–100), in page order; `nil` when
    /// nothing was read by OCR.
    public var ocrConfidence: [OCRPageConfidence]?

    public init(
        name: String, format: Format, encoding: String, original: String, text: String? = nil,
        offsets: [Int]? = nil, offsetEnds: [Int]? = nil, title: String? = nil, invalidBytes: InvalidBytes? = nil,
        pageStarts: [Int]? = nil, ocrConfidence: [OCRPageConfidence]? = nil
    ) {
        self.name = name
        self.format = format
        self.encoding = encoding
        self.original = original
        self.text = text ?? original
        self.offsets = offsets
        self.offsetEnds = offsetEnds
        self.title = title
        self.invalidBytes = invalidBytes
        self.pageStarts = pageStarts
        self.ocrConfidence = ocrConfidence
    }

    /// Maps a range of `text` to the range of `original` it came from.
    public func originalRange(_ range: TextRange) -> TextRange {
        guard let offsets, !offsets.isEmpty else { return range }
        let last = offsets.count - 1
        let start = offsets[min(max(range.start, 0), last)]
        if range.isEmpty { return TextRange(start: start, end: start) }
        // The end is where the source of the range's last code point ends.
        let endIndex = min(max(range.end - 1, 0), last)
        let end: Int
        if let ends = offsetEnds, endIndex < ends.count {
            end = ends[endIndex]
        } else {
            end = endIndex < last ? offsets[endIndex] + 1 : offsets[last]
        }
        return TextRange(start: start, end: max(start, end))
    }
}
