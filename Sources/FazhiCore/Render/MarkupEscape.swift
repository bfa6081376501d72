/// Escapes text for HTML and XML without Foundation (whose `replacingOccurrences` folds Unicode
/// and serializes threads on Linux).
enum MarkupEscape {
    /// `&`, `<`, `>` as entities; with `curlyQuotes`, “ and ” as `&ldquo;` and `&rdquo;` too, as
    /// some site editors write them.
    static func escape(_ text: String, curlyQuotes: Bool = false) -> String {
        let special = text.unicodeScalars.contains { s in
            s == "&" || s == "<" || s == ">" || (curlyQuotes && (s == "“" || s == "”"))
        }
        guard special else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "“" where curlyQuotes: out.append(contentsOf: "&ldquo;".unicodeScalars)
            case "”" where curlyQuotes: out.append(contentsOf: "&rdquo;".unicodeScalars)
            default: out.append(s)
            }
        }
        return String(out)
    }
}
