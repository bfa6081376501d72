import GRDB

/// Keeps the search index (`paragraph_fts`) in step with new paragraphs (schema v3): the rows a
/// write inserts are indexed together at its end, in one INSERT … SELECT, instead of one
/// trigger-fired insert per paragraph (see the v3 migration for why that is several times slower).
/// Deleted and updated paragraphs leave the index by their triggers.
enum ParagraphIndex {
    /// Runs `body` (which inserts paragraphs) and then indexes every paragraph it inserted.
    /// Paragraph ids only grow (AUTOINCREMENT), so the new ones are those above the largest id
    /// before `body`. Call inside a write transaction, so that rows and index commit together.
    static func indexingNewParagraphs<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let last = try Int64.fetchOne(db, sql: "SELECT max(id) FROM paragraph") ?? 0
        let result = try body()
        try db.execute(sql: "INSERT INTO paragraph_fts(rowid, normalized) SELECT id, normalized FROM paragraph WHERE id > ?",
                       arguments: [last])
        return result
    }
}
