import Foundation
import GRDB

/// The versioned schema of the embedded store. Migrations only ever add: a new version of Fazhi
/// opens an old database and brings it up to date, keeping everything a user stored.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: reports, paragraphs with full-text search, figures, findings") { db in
            try db.create(table: "report") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("contentKey", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("sourcePath", .text)
                t.column("ingestedAt", .text).notNull()
                t.column("format", .text).notNull()
                t.column("encoding", .text).notNull()
                t.column("original", .blob).notNull()
                t.column("text", .text).notNull()
                t.column("analyzerVersion", .text).notNull()
                t.column("title", .text)
                t.column("issuer", .text)
                t.column("jurisdiction", .text).indexed()
                t.column("level", .text).indexed()
                t.column("reportYear", .integer).indexed()
                t.column("publishedOn", .text)
                t.column("signedOn", .text)
                t.column("documentNumber", .text)
                t.column("script", .text).notNull()
                t.column("errors", .integer).notNull()
                t.column("warnings", .integer).notNull()
                t.column("notices", .integer).notNull()
                t.column("analysis", .blob).notNull()
                // The shortcomings part's fingerprint (shingles and MinHash signature), for finding
                // copied boilerplate across the corpus.
                t.column("shortcomings", .blob)
            }
            try db.create(table: "paragraph") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("report", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("part", .text)
                t.column("areas", .text)
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("normalized", .text).notNull()
            }
            try db.create(virtualTable: "paragraph_fts", using: FTS5()) { t in
                t.synchronize(withTable: "paragraph")
                t.tokenizer = HanTokenizer.tokenizerDescriptor()
                t.column("normalized")
            }
            try db.create(table: "quantity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("report", onDelete: .cascade).notNull()
                t.column("indicator", .text).indexed()
                t.column("value", .double).notNull()
                t.column("unit", .text)
                t.column("approx", .text)
                t.column("change", .double)
                t.column("text", .text).notNull()
                t.column("start", .integer).notNull()
                t.column("end", .integer).notNull()
                t.column("sentenceStart", .integer)
                t.column("sentenceEnd", .integer)
            }
            try db.create(table: "finding") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("report", onDelete: .cascade).notNull()
                t.column("rule", .text).notNull().indexed()
                t.column("subject", .text)
                t.column("severity", .text).notNull()
                t.column("message", .text).notNull()
                t.column("start", .integer)
                t.column("end", .integer)
            }
        }
        m.registerMigration("v2: the paragraph index with bigram tokens (fazhi_bigram)") { db in
            try db.drop(table: "paragraph_fts")
            try db.dropFTS5SynchronizationTriggers(forTable: "paragraph_fts")
            try createParagraphIndex(db)
        }
        m.registerMigration("v3: the paragraph index filled by the store, one statement per transaction") { db in
            // An insert trigger on `paragraph` makes every paragraph INSERT a statement with a
            // savepoint, and SQLite's FTS5 (3.40) flushes its pending terms to a new index segment
            // at each savepoint: one segment per paragraph, merged over and over. The store now
            // indexes a transaction's new paragraphs at its end (``ParagraphIndex``); the delete and
            // update triggers stay.
            try db.execute(sql: "DROP TRIGGER IF EXISTS \"__paragraph_fts_ai\"")
        }
        m.registerMigration("v4: the kind of each document (rule-of-law report or a neighbour)") { db in
            try db.alter(table: "report") { t in t.add(column: "docType", .text) }
            try db.create(index: "report_docType", on: "report", columns: ["docType"])
        }
        return m
    }

    /// The full-text index of paragraphs' normalized text, kept in step with `paragraph` by triggers
    /// (and filled from it when created).
    static func createParagraphIndex(_ db: Database) throws {
        try db.create(virtualTable: "paragraph_fts", using: FTS5()) { t in
            t.synchronize(withTable: "paragraph")
            t.tokenizer = BigramTokenizer.tokenizerDescriptor()
            // No per-row token counts (only FTS5's bm25() reads them, and search ranks without it)
            // and no token positions: a query's bigrams are matched as a set and the candidates
            // verified against the text, which keeps the index and its upkeep small.
            t.columnSize = 0
            t.detail = "none"
            t.column("normalized")
        }
    }
}

extension SQLiteStore {
    /// The migrations applied to the database file at `path` (none when there is no file yet).
    public static func appliedMigrations(path: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var config = Configuration()
        config.readonly = true
        do {
            let name = SQLiteAccess.readOnlyReason(path) == nil ? path : SQLiteAccess.readOnlyName(path)
            let queue = try DatabaseQueue(path: name, configuration: config)
            return try queue.read { db in
                try db.tableExists("grdb_migrations") ? try Migrations.migrator.appliedMigrations(db) : []
            }
        } catch {
            throw StoreError(sqlite: error, path: path)
        }
    }
}
