import FazhiCore
import FazhiOffice

extension OfficialDocument {
    /// An HTML fragment previewing the report, for a web page: `<article class="gongwen">` with the title
    /// (`h1`), the addressee, part headings (`h2`), paragraphs whose inline (一) headings are
    /// `<span class="h2">`, and the 落款 (`div class="signature"`). All text is escaped.
    public var html: String {
        var out = "<article class=\"gongwen\">\n<h1>" + title.map(MarkupEscape.html).joined(separator: "<br>") + "</h1>\n"
        if let addressee { out += "<p class=\"addressee\">\(MarkupEscape.html(addressee))</p>\n" }
        for block in blocks {
            switch block {
            case let .heading1(text): out += "<h2>\(MarkupEscape.html(text))</h2>\n"
            case let .heading2(text): out += "<h3>\(MarkupEscape.html(text))</h3>\n"
            case let .paragraph(runs):
                out += "<p>" + runs.map { run in
                    switch run.style {
                    case .body: MarkupEscape.html(run.text)
                    case .heading1: "<span class=\"h1\">\(MarkupEscape.html(run.text))</span>"
                    case .heading2: "<span class=\"h2\">\(MarkupEscape.html(run.text))</span>"
                    }
                }.joined() + "</p>\n"
            }
        }
        out += "<div class=\"signature\"><p>\(MarkupEscape.html(issuer))</p><p>\(MarkupEscape.html(date))</p></div>\n</article>\n"
        return out
    }
}
