/// The characters of a report's stored text a reader sees, each with its code-point offset in that
/// text (the offsets every range of the analysis uses). Plain text is itself; an HTML page loses its
/// tags, scripts and styles, breaks lines at block tags and reads common entities.
struct VisibleText {
    struct Unit {
        var offset: Int
        var scalar: Unicode.Scalar
    }

    var units: [Unit]

    init(_ text: String, html: Bool) {
        let s = Array(text.unicodeScalars)
        guard html else {
            units = s.enumerated().map { Unit(offset: $0.offset, scalar: $0.element) }
            return
        }
        var out: [Unit] = []
        out.reserveCapacity(s.count / 2)
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "<" {
                let end = Self.index(of: ">", in: s, from: i) ?? s.count - 1
                let name = Self.tagName(s, from: i + 1)
                if !name.closing, name.name == "script" || name.name == "style" {
                    i = Self.closingTag(name.name, in: s, from: end + 1)
                    continue
                }
                if Self.blocks.contains(name.name) { out.append(Unit(offset: i, scalar: "\n")) }
                i = end + 1
            } else if c == "&", let semi = Self.index(of: ";", in: s, from: i, within: 10),
                      let decoded = Self.entity(String(String.UnicodeScalarView(s[(i + 1)..<semi]))) {
                out.append(Unit(offset: i, scalar: decoded))
                i = semi + 1
            } else {
                out.append(Unit(offset: i, scalar: c == "\n" || c == "\r" || c == "\t" ? " " : c))
                i += 1
            }
        }
        units = out
    }

    /// The units split into lines, blanks trimmed, empty lines dropped.
    var lines: [ArraySlice<Unit>] {
        var lines: [ArraySlice<Unit>] = []
        var start = 0
        for i in 0...units.count where i == units.count || units[i].scalar == "\n" {
            var line = units[start..<i]
            while let f = line.first, Self.isBlank(f.scalar) { line = line.dropFirst() }
            while let l = line.last, Self.isBlank(l.scalar) { line = line.dropLast() }
            if !line.isEmpty { lines.append(line) }
            start = i + 1
        }
        return lines
    }

    static func isBlank(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\r" || s == "\u{3000}" || s == "\u{A0}" || s == "\u{FEFF}"
    }

    private static let blocks: Set<String> = ["p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "title", "td"]

    private static func index(of c: Unicode.Scalar, in s: [Unicode.Scalar], from: Int, within: Int = .max) -> Int? {
        var j = from
        while j < s.count, j - from <= within {
            if s[j] == c { return j }
            j += 1
        }
        return nil
    }

    private static func tagName(_ s: [Unicode.Scalar], from: Int) -> (name: String, closing: Bool) {
        var j = from
        var closing = false
        if j < s.count, s[j] == "/" { closing = true; j += 1 }
        var name = ""
        while j < s.count, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        return (name.lowercased(), closing)
    }

    private static func closingTag(_ name: String, in s: [Unicode.Scalar], from: Int) -> Int {
        var j = from
        while let lt = index(of: "<", in: s, from: j) {
            let tag = tagName(s, from: lt + 1)
            if tag.closing, tag.name == name { return (index(of: ">", in: s, from: lt) ?? s.count - 1) + 1 }
            j = lt + 1
        }
        return s.count
    }

    private static func entity(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "nbsp": return " "
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "ldquo": return "“"
        case "rdquo": return "”"
        case "mdash": return "—"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init)
        }
    }
}
