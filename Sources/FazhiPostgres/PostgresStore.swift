import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

/// The shared server corpus: a PostgreSQL database through postgres-nio's connection pool, behind
/// the same ``FazhiStore/ReportStore`` protocol as the embedded SQLite file.
///
/// Several processes may use one database at once: a report's content key is UNIQUE, so the same
/// report ingested by two processes at once is stored once (`INSERT … ON CONFLICT DO NOTHING`).
public final class PostgresStore: ReportStore, Sendable {
    let client: PostgresClient
    let bridge = BlockingBridge()
    private let running: Task<Void, Never>
    private let closed = Closed()
    /// The search index's token frequencies, read from PostgreSQL's statistics once a minute.
    let tokenStatistics = TokenStatisticsCache()
    public let server: PostgresLocation
    public var location: String { server.display }
    let logger: Logger = {
        var l = Logger(label: "fazhi.postgres")
        l.logLevel = .critical
        return l
    }()

    /// Connects to the database at `url` and brings its schema up to date (``migrate()``), unless
    /// `migrate` is false.
    public init(url: String, migrate: Bool = true) throws {
        server = try PostgresLocation(url)
        let client = PostgresClient(configuration: server.configuration)
        self.client = client
        running = bridge.start { await client.run() }
        do {
            // One direct connection first: when the server refuses it (authentication, no such
            // database) the pool would retry for a minute and then name no cause.
            let server = self.server
            if let problem = try bridge.wait({ await server.connectionProblem() }, timeout: .now() + 10) ?? nil {
                throw PostgresFailure(problem, location: location)
            }
            try checkEncoding()
            if migrate { _ = try self.migrate() }
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Ends the pool's connections (queries under way finish first) and stops its task, waiting
    /// up to five seconds for that. (The pool's timers wake on Swift's cooperative pool: when every
    /// thread of it is blocked — callers waiting on stores — the shutdown finishes later, in the
    /// background, rather than never.)
    public func close() {
        guard closed.mark() else { return }
        running.cancel()
        let running = self.running
        _ = try? bridge.wait({ await running.value }, timeout: .now() + 5)
    }

    /// Runs async database work for a synchronous caller, with errors in words (``PostgresFailure``).
    ///
    /// When the server is gone, the pool keeps trying to connect (backing off) and a request for a
    /// connection waits; so every five seconds of waiting the server's port is probed, and when
    /// nothing listens there any more the work is cancelled with a clear error.
    func run<T: Sendable>(_ body: @escaping @Sendable (PostgresClient) async throws -> T) throws -> T {
        let client = self.client
        let (outcome, task) = bridge.submit { try await body(client) }
        while true {
            if let result = outcome.wait(timeout: .now() + 5) {
                do { return try result.get() } catch { throw PostgresFailure(error, location: location) }
            }
            if let problem = server.unreachable() {
                task.cancel()
                throw PostgresFailure(reason: "cannot reach the PostgreSQL server (\(problem))", location: location)
            }
        }
    }

    /// `SELECT 1` on a pooled connection, given up (and cancelled) after `timeout` seconds: while the
    /// server is down the pool keeps waiting for a connection, and a readiness check must not.
    public func ping(timeout: TimeInterval) throws {
        let client = self.client, logger = self.logger
        let (outcome, task) = bridge.submit { try await client.query("SELECT 1", logger: logger).collect().count }
        guard let result = outcome.wait(timeout: .now() + timeout) else {
            task.cancel()
            let why = server.unreachable().map { "cannot reach the PostgreSQL server (\($0))" } ?? "no answer within \(timeout) s"
            throw PostgresFailure(reason: why, location: location)
        }
        do { _ = try result.get() } catch { throw PostgresFailure(error, location: location) }
    }

    /// `body` in one transaction on one connection, run again (up to three times) after a deadlock.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) throws -> T {
        let logger = self.logger
        let location = self.location
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try run { client in
                    try await client.withConnection { connection in
                        try await connection.query("BEGIN", logger: logger)
                        do {
                            let result = try await body(connection)
                            try await connection.query("COMMIT", logger: logger)
                            return result
                        } catch {
                            _ = try? await connection.query("ROLLBACK", logger: logger)
                            throw error
                        }
                    }
                }
            } catch let failure as PostgresFailure where failure.isRetryable && attempt < 3 {
                _ = location
                continue
            }
        }
    }

    /// The rows of a query (`?` placeholders), collected.
    func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRandomAccessRow] {
        let query = try PostgresQuery.sql(sql, values)
        let logger = self.logger
        return try run { client in
            try await client.query(query, logger: logger).collect().map { $0.makeRandomAccess() }
        }
    }

    private func checkEncoding() throws {
        let encoding = try rows("SHOW server_encoding").first.map { try $0[0].decode(String.self) } ?? "?"
        guard encoding == "UTF8" else {
            throw PostgresFailure(reason: "the database's encoding is \(encoding); Fazhi needs a UTF-8 database (createdb -E UTF8 --locale C.UTF-8)", location: location)
        }
    }

    /// Applies the migrations not yet applied; returns their names.
    @discardableResult
    public func migrate() throws -> [String] {
        let location = self.location
        return try transaction { connection in
            let logger = Logger(label: "fazhi.postgres.migrate")
            try await connection.query("SELECT pg_advisory_xact_lock(\(PostgresMigrations.lockKey))", logger: logger)
            try await connection.query(PostgresQuery(unsafeSQL: PostgresMigrations.createTable), logger: logger)
            var applied: Set<Int> = []
            for try await version in try await connection.query("SELECT version FROM schema_migrations", logger: logger).decode(Int.self) {
                applied.insert(version)
            }
            // A newer Fazhi's schema: this one would store rows that version's reads rely on
            // differently (paragraphs without their recency bucket, say), so it stops here.
            let known = PostgresMigrations.all.map(\.version).max() ?? 0
            if let newest = applied.max(), newest > known {
                throw PostgresFailure(reason: "the database's schema is at v\(newest), newer than this Fazhi knows (up to v\(known)); use a Fazhi at least as new as the one that migrated it",
                                      location: location)
            }
            var names: [String] = []
            for migration in PostgresMigrations.all where !applied.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))", logger: logger)
                names.append("v\(migration.version): \(migration.name)")
            }
            return names
        }
    }

    /// The migrations applied, oldest first.
    public func appliedMigrations() throws -> [String] {
        try rows("SELECT version, name FROM schema_migrations ORDER BY version").map {
            "v\(try $0[0].decode(Int.self)): \(try $0[1].decode(String.self))"
        }
    }

    /// The database's size on disk, in bytes.
    public func databaseSize() throws -> Int {
        try rows("SELECT pg_database_size(current_database())").first.map { try $0[0].decode(Int.self) } ?? 0
    }

    /// Deletes every report (and with them their rows): for benchmarks and tests on a database of their own.
    public func removeAll() throws {
        _ = try rows("TRUNCATE report, paragraph, quantity, finding RESTART IDENTITY")
    }
}

/// Whether the store was closed (once).
private final class Closed: @unchecked Sendable {
    // @unchecked: `done` is only touched under `lock`.
    private let lock = NSLock()
    private var done = false

    /// Marks the store closed; false when it already was.
    func mark() -> Bool {
        lock.withLock {
            defer { done = true }
            return !done
        }
    }
}
