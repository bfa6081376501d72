import Foundation

/// Escaping for HTML text and attribute values: every piece of report text goes through it, so a
/// report containing `<script>` shows as text.
enum HTML {
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: return it as it is.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars { append(c, to: &out) }
        return out
    }

    /// One character appended to `out`, escaped.
    @inline(__always)
    static func append(_ c: Unicode.Scalar, to out: inout String) {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(c)
        }
    }

    static func escape(_ text: String?) -> String { text.map(escape) ?? "—" }

    /// A query string component (for links that carry filters).
    static func query(_ pairs: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return pairs.filter { !$0.1.isEmpty }.map { (key, value) -> String in
            key + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
        }.joined(separator: "&")
    }
}
