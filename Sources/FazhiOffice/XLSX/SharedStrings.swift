/// The workbook's shared-string table (`xl/sharedStrings.xml`): each distinct text once, cells refer to it
/// by index.
///
/// A reference type because every sheet's writer adds to the one table; it lives only inside one write,
/// on one thread.
final class SharedStrings {
    private(set) var strings: [String] = []
    private var indices: [String: Int] = [:]

    /// The index of `text`, adding it if it is new.
    func index(of text: String) -> Int {
        if let index = indices[text] { return index }
        let index = strings.count
        strings.append(text)
        indices[text] = index
        return index
    }

    /// A part writer for `xl/sharedStrings.xml`; `references` is the number of cells that use the table.
    func part(references: Int) -> Part {
        Part(strings: strings, references: references)
    }

    /// Writes the table a batch of strings at a time.
    struct Part: PartWriter {
        let strings: [String]
        let references: Int
        private var next = -1
        private static let batch = 512

        init(strings: [String], references: Int) {
            self.strings = strings
            self.references = references
        }

        mutating func writeNext(into buffer: XMLBuffer) -> Bool {
            if next == -1 {
                buffer.append(XLSXPackage.declaration)
                buffer.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
                buffer.append(references)
                buffer.append("\" uniqueCount=\"")
                buffer.append(strings.count)
                buffer.append("\">")
                next = 0
                return true
            }
            guard next <= strings.count else { return false }
            let end = min(next + Self.batch, strings.count)
            for text in strings[next..<end] {
                if Self.needsPreserve(text) {
                    buffer.append("<si><t xml:space=\"preserve\">")
                } else {
                    buffer.append("<si><t>")
                }
                buffer.appendText(text)
                buffer.append("</t></si>")
            }
            if end == strings.count {
                buffer.append("</sst>")
                next = end + 1
            } else {
                next = end
            }
            return true
        }

        /// Whether leading or trailing whitespace must be kept with `xml:space="preserve"`.
        private static func needsPreserve(_ text: String) -> Bool {
            guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
            return first.properties.isWhitespace || last.properties.isWhitespace
        }
    }
}
