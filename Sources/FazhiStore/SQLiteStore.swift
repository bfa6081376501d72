import FazhiCore
import Foundation
import GRDB

/// The embedded corpus: one SQLite file (WAL mode) through GRDB.
public final class SQLiteStore: ReportStore, Sendable {
    /// How a command means to use the database.
    public enum Access: Sendable {
        /// Reading (and writing when it can): a file that cannot be written is opened read-only.
        case read
        /// Writing: a file that cannot be written is refused at once, and a damaged one too
        /// (``IntegrityProbe``), before anything is analyzed or stored.
        case write
        /// Both, for a server: a file that cannot be written is opened read-only; a writable one
        /// is checked, and its writes refused when it is damaged.
        case serve
    }

    /// How long a writer waits for another connection's write lock before giving up (30 s; the
    /// CLI's `--busy-timeout`, or `$FAZHI_BUSY_TIMEOUT`).
    public static let defaultBusyTimeout: TimeInterval = 30

    let pool: DatabasePool
    public let path: String
    public var location: String { path }
    /// Why the database cannot be written, when it was opened read-only.
    public let readOnlyReason: String?
    public var isReadOnly: Bool { readOnlyReason != nil }
    let busyTimeout: TimeInterval
    /// A writer's integrity check, under way or done (nil when opened for reading).
    let integrity: IntegrityGate?

    /// Nothing to end: SQLite closes the file when the store is released.
    public func close() {}

    /// Opens (creating if needed) the database at `path` and brings its schema up to date; a file
    /// that cannot be written is opened read-only (``Access/read``) or refused (``Access/write``).
    /// Every failure is a ``StoreError`` naming `path` and the cause.
    public init(path: String, access: Access = .read, busyTimeout: TimeInterval = SQLiteStore.defaultBusyTimeout) throws {
        self.path = path
        self.busyTimeout = busyTimeout
        let readOnlyReason = SQLiteAccess.readOnlyReason(path)
        self.readOnlyReason = FileManager.default.fileExists(atPath: path) ? readOnlyReason : nil
        if let readOnlyReason, access == .write || !FileManager.default.fileExists(atPath: path) {
            throw FileManager.default.fileExists(atPath: path)
                ? StoreError(location: path, cause: .readOnly(readOnlyReason))
                : StoreError(location: path, cause: .cannotOpen(SQLiteAccess.openProblem(path)))
        }
        do {
            if let reason = self.readOnlyReason {
                pool = try Self.openReadOnly(path, reason: reason)
                integrity = nil
            } else {
                pool = try DatabasePool(path: path, configuration: Self.configuration(busyTimeout: busyTimeout))
                let integrity = access == .read ? nil : IntegrityGate(pool, path: path)
                // Migrating a damaged file would write into it: the check must pass first. (An
                // up-to-date schema is not migrated, so opening takes no write lock — unless the WAL
                // is empty, which GRDB gives a first frame: then opening waits its turn too.)
                if try Self.needsMigration(pool) {
                    try integrity?.pass()
                    try Migrations.migrator.migrate(pool)
                }
                self.integrity = integrity
            }
        } catch {
            throw StoreError(sqlite: error, path: path, busyTimeout: busyTimeout)
        }
    }

    /// A writer's connections: the busy timeout, the page cache, the checkpointer.
    private static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            db.add(tokenizer: HanTokenizer.self)
            db.add(tokenizer: BigramTokenizer.self)
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A 64 MB page cache, and the WAL copied back into the database every 64 MB rather
            // than every 4 MB (an ingest otherwise spends half its time in checkpoints), on a
            // thread of its own rather than in the commit (``WALCheckpointer``).
            try db.execute(sql: "PRAGMA cache_size = -65536")
            if let connection = db.sqliteConnection { WALCheckpointer.install(on: connection) }
            // Pages read through a 1 GB memory map, not copied in by pread (a search's joins).
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        return config
    }

    private static func needsMigration(_ pool: DatabasePool) throws -> Bool {
        try !pool.read { db in try Migrations.migrator.hasCompletedMigrations(db) }
    }

    /// A read-only pool (no write-side setup); its schema must already be this Fazhi's, as nothing
    /// can migrate it.
    private static func openReadOnly(_ path: String, reason: String) throws -> DatabasePool {
        var config = Configuration()
        config.readonly = true
        config.prepareDatabase { db in
            db.add(tokenizer: HanTokenizer.self)
            db.add(tokenizer: BigramTokenizer.self)
            try db.execute(sql: "PRAGMA mmap_size = 1073741824")
        }
        let pool = try DatabasePool(path: SQLiteAccess.readOnlyName(path), configuration: config)
        let current = try pool.read { db in try Migrations.migrator.hasCompletedMigrations(db) }
        guard current else {
            throw StoreError(location: path, cause: .readOnly(
                "\(reason), and its schema is older than this Fazhi's: open it once where it can be written"))
        }
        return pool
    }

    public func save(_ report: IncomingReport) throws -> SaveOutcome {
        try save(batch: [report])[0]
    }

    public func save(batch: [IncomingReport]) throws -> [SaveOutcome] {
        try save(prepared: batch.map { $0.prepared() })
    }

    public func save(prepared: [PreparedReport]) throws -> [SaveOutcome] {
        guard let columns = prepared.first?.rows.columns else { return [] }
        return try write { db in
            // Every report row has the same columns (``ReportRows``), so one set of statements serves the batch.
            let statements = try InsertStatements(db, reportColumns: columns)
            defer { statements.finalize() }
            return try ParagraphIndex.indexingNewParagraphs(db) {
                try prepared.map { report in
                    precondition(report.rows.columns == columns, "report rows with different columns")
                    return try report.rows.insert(statements, db)
                }
            }
        }
    }

    public func replaceAnalysis(_ report: IncomingReport, id: Int64) throws {
        let rows = ReportRows(report)
        try write { db in try ParagraphIndex.indexingNewParagraphs(db) { try rows.replace(db, id: id) } }
    }

    public func delete(id: Int64) throws -> Bool {
        // Paragraphs, figures and findings go with it (ON DELETE CASCADE; the index by its triggers).
        try write { db in
            try db.execute(sql: "DELETE FROM report WHERE id = ?", arguments: [id])
            return db.changesCount > 0
        }
    }

    /// A read of the schema table: the file is there and readable (SQLite has no server to wait on).
    public func ping(timeout: TimeInterval) throws {
        _ = try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE name = 'report'") }
    }

    public func count() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report") ?? 0 }
    }

    public func count(_ filter: ReportFilter) throws -> Int {
        try read { db in
            let (whereSQL, arguments) = Self.whereClause(filter)
            return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM report r \(whereSQL)", arguments: arguments) ?? 0
        }
    }

    public func report(id: Int64) throws -> StoredReport? {
        try report(id: id, detail: .full)
    }

    public func report(id: Int64, detail: ReportDetail) throws -> StoredReport? {
        try read { db in
            let sql = """
                SELECT id, name, title, issuer, jurisdiction, level, reportYear, publishedOn, script, errors, warnings, notices,
                       text, format, encoding, sourcePath, ingestedAt, analyzerVersion, analysis
                FROM report WHERE id = ?
                """
            guard let row = try Row.fetchOne(db, sql: sql, arguments: [id]) else { return nil }
            let analysis = try row.withUnsafeData(named: "analysis") { data in
                try ReadingAnalysis.decode(data ?? Data(), detail: detail)
            }
            return StoredReport(summary: Self.summary(row), text: row["text"], analysis: analysis, format: row["format"],
                                encoding: row["encoding"], sourcePath: row["sourcePath"], ingestedAt: row["ingestedAt"],
                                analyzerVersion: row["analyzerVersion"])
        }
    }

    public func reports(_ filter: ReportFilter) throws -> [ReportSummary] {
        try read { db in
            let (whereSQL, arguments) = Self.whereClause(filter)
            let sql = """
                SELECT id, name, title, issuer, jurisdiction, level, reportYear, publishedOn, script, errors, warnings, notices
                FROM report r \(whereSQL) ORDER BY jurisdiction, reportYear, id LIMIT ? OFFSET ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: arguments + [filter.limit, filter.offset]).map(Self.summary)
        }
    }

    public func originals(after id: Int64, limit: Int) throws -> [StoredOriginal] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, name, original, sourcePath, analyzerVersion FROM report WHERE id > ? ORDER BY id LIMIT ?",
                             arguments: [id, limit]).map {
                StoredOriginal(id: $0["id"], name: $0["name"], bytes: $0["original"], sourcePath: $0["sourcePath"],
                               analyzerVersion: $0["analyzerVersion"])
            }
        }
    }

    static func summary(_ row: Row) -> ReportSummary {
        ReportSummary(id: row["id"], name: row["name"], title: row["title"], issuer: row["issuer"],
                      jurisdiction: row["jurisdiction"], level: row["level"], reportYear: row["reportYear"],
                      publishedOn: row["publishedOn"], script: row["script"], errors: row["errors"],
                      warnings: row["warnings"], notices: row["notices"])
    }

    /// The SQL conditions of a filter on table alias `r`.
    static func whereClause(_ f: ReportFilter) -> (String, StatementArguments) {
        let sql = FilterSQL(f)
        let arguments = sql.arguments.map { argument -> any DatabaseValueConvertible in
            switch argument {
            case .int(let v): v
            case .text(let v): v
            }
        }
        return (sql.whereClause, StatementArguments(arguments))
    }
}
