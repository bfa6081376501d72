import FazhiStore
import Foundation
#if Postgres
import FazhiPostgres
#endif

/// Opens a corpus store from where it is: a file path or `sqlite:PATH` (the embedded store), or
/// `postgres://user[:password]@host[:port]/database` (the shared server database). The CLI and the
/// server open stores only through here.
public enum StoreFactory {
    public struct Unsupported: Error, CustomStringConvertible {
        public var location: String
        public var description: String {
            "\(PostgresURL.withoutPassword(location)): this build of Fazhi has no PostgreSQL store (built with --disable-default-traits); use a SQLite file"
        }
    }

    /// The kind of store a location names.
    public enum Kind: Sendable, Equatable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public static func kind(of location: String) -> Kind {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") { return .postgres(url: location) }
        if location.hasPrefix("sqlite:") { return .sqlite(path: String(location.dropFirst("sqlite:".count))) }
        return .sqlite(path: location)
    }

    /// Whether this build can open PostgreSQL stores.
    public static var hasPostgres: Bool {
        #if Postgres
        true
        #else
        false
        #endif
    }

    /// Opens the store (creating a SQLite file if needed) and brings its schema up to date. A
    /// SQLite file is opened read-only when it cannot be written, unless `access` is `.write`
    /// (then refused, and checked for damage first); its writers wait up to `busyTimeout` seconds
    /// for each other.
    public static func open(
        _ location: String, access: SQLiteStore.Access = .read,
        busyTimeout: TimeInterval = SQLiteStore.defaultBusyTimeout
    ) throws -> any ReportStore {
        switch kind(of: location) {
        case .sqlite(let path):
            return try SQLiteStore(path: path, access: access, busyTimeout: busyTimeout)
        case .postgres(let url):
            #if Postgres
            return try PostgresStore(url: url)
            #else
            throw Unsupported(location: url)
            #endif
        }
    }

    /// Brings the schema of the store at `location` up to date: the migrations newly applied, and
    /// all of them.
    public static func migrate(
        _ location: String, busyTimeout: TimeInterval = SQLiteStore.defaultBusyTimeout
    ) throws -> (new: [String], all: [String]) {
        switch kind(of: location) {
        case .sqlite(let path):
            let before = try SQLiteStore.appliedMigrations(path: path)
            _ = try SQLiteStore(path: path, access: .write, busyTimeout: busyTimeout)
            let after = try SQLiteStore.appliedMigrations(path: path)
            return (after.filter { !before.contains($0) }, after)
        case .postgres(let url):
            #if Postgres
            let store = try PostgresStore(url: url, migrate: false)
            defer { store.close() }
            let new = try store.migrate()
            return (new, try store.appliedMigrations())
            #else
            throw Unsupported(location: url)
            #endif
        }
    }

    /// Deletes every report of a PostgreSQL database (for benchmarks and tests on a database of their own).
    public static func removeAllReports(_ location: String) throws {
        #if Postgres
        let store = try PostgresStore(url: location)
        defer { store.close() }
        try store.removeAll()
        #else
        throw Unsupported(location: location)
        #endif
    }

    /// A server database's size on disk, in bytes (0 for other stores).
    public static func databaseSize(_ store: any ReportStore) throws -> Int {
        #if Postgres
        if let pg = store as? PostgresStore { return try pg.databaseSize() }
        #endif
        return 0
    }
}
