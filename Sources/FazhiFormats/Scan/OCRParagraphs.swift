/// Joins the lines OCR reads into paragraphs: a line as wide as the page's full lines continues in
/// the next, unless that one opens with a heading number or a blank line (Tesseract's block
/// break) lies between them. Widths count a Chinese character as one, anything else as half.
enum OCRParagraphs {
    /// `pages`: each page's text as OCR gives it (lines, blank lines between blocks). The text and
    /// where each page starts in it.
    static func join(_ pages: [String]) -> (text: String, pageStarts: [Int]) {
        struct Line { var scalars: [Unicode.Scalar]; var page: Int; var afterBlank: Bool; var width: Double }
        var lines: [Line] = []
        for (page, text) in pages.enumerated() {
            var blank = true
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let scalars = Array(raw.unicodeScalars).trimmed { $0.properties.isWhitespace }
                if scalars.isEmpty { blank = true; continue }
                let width = scalars.reduce(0.0) { $0 + ($1.isWide ? 1 : 0.5) }
                lines.append(Line(scalars: Array(scalars), page: page, afterBlank: blank, width: width))
                blank = false
            }
        }
        // A full line: the width most lines of some length reach (the 80th percentile of them).
        let widths = lines.map(\.width).filter { $0 >= 10 }.sorted()
        let full = widths.isEmpty ? .infinity : widths[min(widths.count - 1, widths.count * 4 / 5)]

        var out: [Unicode.Scalar] = []
        var starts = Array(repeating: -1, count: pages.count)
        for (i, line) in lines.enumerated() {
            if i > 0 {
                let previous = lines[i - 1]
                let continues = previous.width >= 0.9 * full && !line.afterBlank
                    && !ParagraphJoiner.startsNumbered(line.scalars)
                if !continues { out.append("\n") }
            }
            if starts[line.page] < 0 { starts[line.page] = out.count }
            out += line.scalars
        }
        // A page that read as nothing starts where the next one does.
        var next = out.count
        for page in starts.indices.reversed() {
            if starts[page] < 0 { starts[page] = next } else { next = starts[page] }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        return (String(view), starts)
    }
}
