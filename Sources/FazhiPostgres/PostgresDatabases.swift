import Foundation
import PostgresNIO

/// Creating and dropping whole databases on a server: for tests and benchmarks that each want a
/// database of their own (UTF-8 with the C.UTF-8 locale, as the store needs).
public enum PostgresDatabases {
    /// Creates database `name` on the server of `url`; returns the URL of the new database.
    public static func create(_ name: String, server url: String) throws -> String {
        try admin(url, "CREATE DATABASE \"\(name)\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'")
        guard var components = URLComponents(string: url) else { throw PostgresLocation.Invalid(url: url, reason: "cannot parse it") }
        components.path = "/" + name
        return components.string ?? url
    }

    /// Drops database `name` on the server of `url` (closing its other connections).
    public static func drop(_ name: String, server url: String) throws {
        try admin(url, "DROP DATABASE IF EXISTS \"\(name)\" WITH (FORCE)")
    }

    private static func admin(_ url: String, _ sql: String) throws {
        let store = try PostgresStore(url: url, migrate: false)
        defer { store.close() }
        _ = try store.rows(sql)
    }
}
