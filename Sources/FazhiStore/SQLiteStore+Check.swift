import GRDB

extension SQLiteStore {
    /// What is wrong with the database, if anything: SQLite's own integrity check (each finding
    /// with the table or index it concerns), the full-text index against its table, and reports
    /// missing the rows a whole report always has. On a damaged file the counts that cannot be
    /// read are left out: the integrity findings say why.
    public func check() throws -> [String] {
        try readOutsideTransaction { db in
            let damaged = try IntegrityProbe.problems(db).map { "damaged: \($0)" }
            do {
                return damaged + (try consistencyProblems(db))
            } catch let error as DatabaseError where !damaged.isEmpty && error.resultCode == .SQLITE_CORRUPT {
                return damaged
            }
        }
    }

    private func consistencyProblems(_ db: Database) throws -> [String] {
        var problems: [String] = []
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
