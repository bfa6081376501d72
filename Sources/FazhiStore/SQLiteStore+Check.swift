import GRDB

extension SQLiteStore {
    /// What is wrong with the database, if anything: SQLite's own integrity check, the full-text
    /// index against its table, and reports missing the rows a whole report always has.
    public func check() throws -> [String] {
        try pool.read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.map { "integrity: \($0)" } }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.reportId = r.id)
                """) ?? 0
            if orphans > 0 { problems.append("\(orphans) report(s) without paragraphs (half-stored)") }
            let paragraphs = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paragraph") ?? 0
            let indexed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paragraph_fts") ?? 0
            if paragraphs != indexed { problems.append("search index holds \(indexed) of \(paragraphs) paragraphs") }
            return problems
        }
    }
}
