/// Splits an HTML page (as code points) into text, tags and ignored markup, the way browsers do
/// for the markup found on real pages: unquoted attributes, `<` in text, raw `<script>` content.
struct HTMLLexer {
    let scalars: [Unicode.Scalar]
    let rules: HTMLRules

    /// The token starting at `index` and the index after it.
    func token(at index: Int) -> (token: HTMLToken, next: Int) {
        guard startsMarkup(at: index) else {
            var end = index + 1
            while end < scalars.count, !startsMarkup(at: end) { end += 1 }
            return (.text(index..<end), end)
        }
        let second = scalars[index + 1]
        if second == "!" || second == "?" {
            if matches("<!--", at: index) {
                return (.ignored, find(Array("-->".unicodeScalars), from: index + 4).map { $0 + 3 } ?? scalars.count)
            }
            return (.ignored, after(">", from: index + 2))
        }
        let closing = second == "/"
        guard !closing || (index + 2 < scalars.count && scalars[index + 2].isASCIILetter) else {
            return (.ignored, after(">", from: index + 2))  // `</ >` and the like: a bogus comment
        }
        var (tag, next) = readTag(nameStart: index + (closing ? 2 : 1))
        tag.isClosing = closing
        guard !closing, !tag.isSelfClosing, rules.rawText.contains(tag.name) else {
            return (.tag(tag, rawText: nil), next)
        }
        let close = Array("</\(tag.name)".unicodeScalars)
        let rawEnd = find(close, from: next, ignoringCase: true) ?? scalars.count
        return (.tag(tag, rawText: next..<rawEnd), after(">", from: rawEnd))
    }

    /// The index after the element whose start tag `name` ends at `start`: after its matching end
    /// tag (counting nested ones), at the `<body>` that ends an unclosed `<head>`, or at the end.
    func elementEnd(of name: String, from start: Int) -> Int {
        var depth = 1
        var index = start
        while index < scalars.count {
            let (token, next) = token(at: index)
            if case .tag(let tag, _) = token {
                if name == "head", tag.name == "body", !tag.isClosing { return index }
                if tag.name == name, tag.isClosing { depth -= 1 }
                if tag.name == name, tag.opensContent(rules) { depth += 1 }
                if depth == 0 { return next }
            }
            index = next
        }
        return scalars.count
    }

    /// The raw content of the first `name` element (`title`) within `range`.
    func rawText(of name: String, in range: Range<Int>) -> Range<Int>? {
        var index = range.lowerBound
        while index < range.upperBound {
            let (token, next) = token(at: index)
            if case .tag(let tag, let raw?) = token, tag.name == name { return raw }
            index = next
        }
        return nil
    }

    /// Whether a tag, comment or declaration starts at `index` (`<` then a letter, `/`, `!`, `?`).
    private func startsMarkup(at index: Int) -> Bool {
        guard scalars[index] == "<", index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        return next.isASCIILetter || next == "/" || next == "!" || next == "?"
    }

    /// Reads a tag's name and attributes; returns the tag and the index after its `>`.
    private func readTag(nameStart: Int) -> (HTMLTag, Int) {
        var index = nameStart
        var name = String.UnicodeScalarView()
        while index < scalars.count, !scalars[index].isHTMLWhitespace, scalars[index] != ">", scalars[index] != "/" {
            name.append(scalars[index].asciiLowercased)
            index += 1
        }
        var tag = HTMLTag(name: String(name))
        var attributes = HTMLAttributeReader(scalars: scalars, index: index)
        while let (attribute, value) = attributes.next() {
            if attribute == "class" || attribute == "id" {
                tag.classAndID += (tag.classAndID.isEmpty ? "" : " ") + value.lowercased()
            }
        }
        tag.isSelfClosing = attributes.selfClosing
        return (tag, attributes.index)
    }

    private func matches(_ text: String, at index: Int) -> Bool {
        let pattern = Array(text.unicodeScalars)
        return index + pattern.count <= scalars.count && Array(scalars[index..<(index + pattern.count)]) == pattern
    }

    /// The index where `pattern` next occurs at or after `start`.
    private func find(_ pattern: [Unicode.Scalar], from start: Int, ignoringCase: Bool = false) -> Int? {
        guard let first = pattern.first, pattern.count <= scalars.count else { return nil }
        var index = start
        while index + pattern.count <= scalars.count {
            if scalars[index] == first {
                var offset = 1
                while offset < pattern.count {
                    let scalar = scalars[index + offset]
                    guard (ignoringCase ? scalar.asciiLowercased : scalar) == pattern[offset] else { break }
                    offset += 1
                }
                if offset == pattern.count { return index }
            }
            index += 1
        }
        return nil
    }

    private func after(_ scalar: Unicode.Scalar, from start: Int) -> Int {
        var index = start
        while index < scalars.count, scalars[index] != scalar { index += 1 }
        return min(index + 1, scalars.count)
    }
}
