import FazhiOffice

/// The composed report as plain text and as Markdown, for review and for the web preview.
extension OfficialDocument {
    /// Plain text: title, addressee, headings and paragraphs separated by blank lines, the 落款 at the end.
    public var plainText: String {
        var lines = [title.joined(), ""]
        if let addressee { lines += [addressee, ""] }
        for block in blocks {
            switch block {
            case let .heading1(text), let .heading2(text): lines.append(text)
            case let .paragraph(runs): lines.append(runs.map(\.text).joined())
            }
            lines.append("")
        }
        lines += ["", issuer, date, ""]
        return lines.joined(separator: "\n")
    }

    /// Markdown: the title and the parts as setext headings (underlined with `=` and `-`, so each heading
    /// line still starts with its 一、 as a reader of the plain text expects), paragraphs as they are, and
    /// the 落款 after a rule.
    public var markdown: String {
        let fullTitle = title.joined()
        var lines = [fullTitle, String(repeating: "=", count: fullTitle.count * 2), ""]
        if let addressee { lines += [addressee, ""] }
        for block in blocks {
            switch block {
            case let .heading1(text): lines += [text, String(repeating: "-", count: text.count * 2)]
            case let .heading2(text): lines.append(text)
            case let .paragraph(runs): lines.append(runs.map(\.text).joined())
            }
            lines.append("")
        }
        lines += ["* * *", "", issuer + "  ", date, ""]
        return lines.joined(separator: "\n")
    }
}
