import FazhiCore
import Foundation

/// Escaping for HTML text and attribute values: every piece of report text goes through it, so a
/// report containing `<script>` shows as text.
enum HTML {
    static func escape(_ text: String) -> String { MarkupEscape.html(text) }

    /// One character appended to `out`, escaped.
    @inline(__always)
    static func append(_ c: Unicode.Scalar, to out: inout String) { MarkupEscape.appendHTML(c, to: &out) }

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
