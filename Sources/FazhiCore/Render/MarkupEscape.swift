/// Escapes text for HTML and XML without Foundation (whose `replacingOccurrences` folds Unicode
/// and serializes threads on Linux).
public enum MarkupEscape {
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

    /// For HTML text and attribute values: `& < > " '` as entities, so report text such as
    /// `<script>` shows as text (the portal's pages and the draft preview).
    public static func html(_ text: String) -> String {
        // Most text has nothing to escape: return it as it is.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars { appendHTML(c, to: &out) }
        return out
    }

    /// One character appended to `out`, escaped for HTML (inlinable: page markup calls it per character).
    @inlinable
    public static func appendHTML(_ c: Unicode.Scalar, to out: inout String) {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }
}
