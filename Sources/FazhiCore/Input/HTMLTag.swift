/// A start or end tag of an HTML page, as the lexer read it.
struct HTMLTag: Equatable {
    /// The lowercase tag name: `p`, `div`, `script`.
    var name: String
    var isClosing = false
    var isSelfClosing = false
    /// The lowercased values of the `class` and `id` attributes, joined by a space.
    var classAndID = ""

    /// Whether the tag opens an element that has content (not `</p>`, `<br>` or `<x/>`).
    func opensContent(_ rules: HTMLRules) -> Bool {
        !isClosing && !isSelfClosing && !rules.void.contains(name)
    }
}

/// A piece of an HTML page.
enum HTMLToken: Equatable {
    /// Character data between tags (entities still encoded).
    case text(Range<Int>)
    /// A tag; for `<script>`, `<style>`, `<title>` … also the range of its raw content.
    case tag(HTMLTag, rawText: Range<Int>?)
    /// A comment, doctype, processing instruction or CDATA section.
    case ignored
}

extension Unicode.Scalar {
    /// Space, tab, line feed, form feed or carriage return: the whitespace HTML collapses.
    var isHTMLWhitespace: Bool {
        value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0C || value == 0x0D
    }

    var asciiLowercased: Unicode.Scalar {
        (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : self
    }
}
