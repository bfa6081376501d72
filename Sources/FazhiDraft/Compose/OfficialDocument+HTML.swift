import FazhiOffice

extension OfficialDocument {
    /// An HTML fragment previewing the report, for a web page: `<article class="gongwen">` with the title
    /// (`h1`), the addressee, part headings (`h2`), paragraphs whose inline (一) headings are
    /// `<span class="h2">`, and the 落款 (`div class="signature"`). All text is escaped.
    public var html: String {
        var out = "<article class=\"gongwen\">\n<h1>" + title.map(Self.escaped).joined(separator: "<br>") + "</h1>\n"
        if let addressee { out += "<p class=\"addressee\">\(Self.escaped(addressee))</p>\n" }
        for block in blocks {
            switch block {
            case let .heading1(text): out += "<h2>\(Self.escaped(text))</h2>\n"
            case let .heading2(text): out += "<h3>\(Self.escaped(text))</h3>\n"
            case let .paragraph(runs):
                out += "<p>" + runs.map { run in
                    switch run.style {
                    case .body: Self.escaped(run.text)
                    case .heading1: "<span class=\"h1\">\(Self.escaped(run.text))</span>"
                    case .heading2: "<span class=\"h2\">\(Self.escaped(run.text))</span>"
                    }
                }.joined() + "</p>\n"
            }
        }
        out += "<div class=\"signature\"><p>\(Self.escaped(issuer))</p><p>\(Self.escaped(date))</p></div>\n</article>\n"
        return out
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
