import FazhiStore
import Foundation
import PostgresNIO

/// A `postgres://user:password@host:port/database?sslmode=…` URL as a client configuration.
///
/// `sslmode` is `disable` (the default: a loopback or private network), `prefer` or `require`;
/// a `host=/path` query item (or a host starting with `/`) connects over that Unix socket folder.
public struct PostgresLocation: Sendable {
    public struct Invalid: Error, CustomStringConvertible {
        public var url: String
        public var reason: String
        public var description: String { "\(PostgresURL.withoutPassword(url)): not a PostgreSQL URL (\(reason)); expected postgres://user[:password]@host[:port]/database" }
    }

    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    public var sslMode: String

    /// Whether `location` names a PostgreSQL server rather than a file.
    public static func matches(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    public init(_ url: String) throws {
        guard Self.matches(url), let components = URLComponents(string: url) else {
            throw Invalid(url: url, reason: "cannot parse it")
        }
        let items = components.queryItems ?? []
        func item(_ name: String) -> String? { items.first { $0.name == name }?.value }
        host = item("host") ?? components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        port = components.port ?? item("port").flatMap(Int.init) ?? 5432
        user = components.user ?? item("user") ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = components.password ?? item("password")
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.isEmpty, !path.contains("/") else { throw Invalid(url: url, reason: "no database name") }
        database = path.removingPercentEncoding ?? path
        sslMode = item("sslmode") ?? "disable"
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw Invalid(url: url, reason: "sslmode takes disable, prefer or require")
        }
    }

    /// The URL without its password, for messages.
    public var display: String { "postgres://\(user)@\(host.hasPrefix("/") ? "[\(host)]" : "\(host):\(port)")/\(database)" }

    var configuration: PostgresClient.Configuration {
        var c: PostgresClient.Configuration
        if host.hasPrefix("/") {
            c = .init(unixSocketPath: host + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            let tls: PostgresClient.Configuration.TLS = switch sslMode {
            case "require": .require(.makeClientConfiguration())
            case "prefer": .prefer(.makeClientConfiguration())
            default: .disable
            }
            c = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        }
        c.options.connectTimeout = .seconds(5)
        c.options.maximumConnections = 8
        return c
    }
}
