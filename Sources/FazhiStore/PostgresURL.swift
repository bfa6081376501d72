import Foundation

/// Server URLs in messages: never with their password.
public enum PostgresURL {
    /// `postgres://user:secret@host/db` → `postgres://user@host/db`; text that does not parse as a
    /// URL is cut before its last `@` (whatever stood there is not shown).
    public static func withoutPassword(_ url: String) -> String {
        if var components = URLComponents(string: url) {
            guard components.password != nil else { return url }
            components.password = nil
            return components.string ?? url
        }
        guard let at = url.lastIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
        return String(url[..<scheme.upperBound]) + "…" + String(url[at...])
    }
}
