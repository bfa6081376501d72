import FazhiCore
import Foundation
import GRDB
import Testing
@testable import FazhiStore

/// The search index holds every stored paragraph once: after a batch, after a re-analysis (which
/// replaces a report's paragraphs), and after a v2 database is brought to v3.
struct ParagraphIndexTests {
    /// How many indexed paragraphs hold `token`, and how many paragraphs in the table hold it.
    static func counts(_ store: SQLiteStore, _ token: String) throws -> (indexed: Int, stored: Int) {
        try store.pool.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, paragraph_fts, row)")
            let indexed = try Int.fetchOne(db, sql: "SELECT doc FROM temp.vocab WHERE term = ?", arguments: [token]) ?? 0
            let stored = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM paragraph WHERE instr(normalized, ?) > 0", arguments: [token]) ?? 0
            return (indexed, stored)
        }
    }

    static func reports(_ names: [String]) throws -> [IncomingReport] {
        try names.map { prefix in
            let (name, data) = try TemporaryStore.sample(prefix)
            return try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil)
        }
    }

    @Test func aBatchAndAReanalysisLeaveEachParagraphIndexedOnce() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let incoming = try Self.reports(["000", "001", "002"])
        let ids = try t.store.save(batch: incoming).map(\.id)
        _ = try t.store.save(batch: try Self.reports(["003", "004"]))
        for token in ["复议", "行政", "法治"] {
            let c = try Self.counts(t.store, token)
            #expect(c.stored > 0 && c.indexed == c.stored, "\(token): \(c)")
        }
        try t.store.replaceAnalysis(incoming[1], id: ids[1])
        for token in ["复议", "行政", "法治"] {
            let c = try Self.counts(t.store, token)
            #expect(c.stored > 0 && c.indexed == c.stored, "after re-analysis, \(token): \(c)")
        }
    }

    @Test func aVersionTwoDatabaseKeepsItsIndexAndIndexesNewParagraphs() throws {
        // A database as schema v2 left it: paragraphs indexed by an insert trigger.
        let (directory, path) = try TemporaryStore.oldDatabase(
            upTo: "v2: the paragraph index with bigram tokens (fazhi_bigram)", storing: try Self.reports(["002"]))
        defer { try? FileManager.default.removeItem(at: directory) }

        let store = try SQLiteStore(path: path)
        _ = try store.save(batch: try Self.reports(["000", "001"]))
        #expect(try store.count() == 3)
        let c = try Self.counts(store, "复议")
        #expect(c.stored > 0 && c.indexed == c.stored, "\(c)")
        #expect(try store.search(SearchRequest(query: "武清")).count > 0)
    }
}

/// After a bulk load the index is merged into one segment, and searches find what they found.
struct IndexSettlingTests {
    static func segments(_ store: SQLiteStore) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT segid) FROM paragraph_fts_idx") ?? 0 }
    }

    @Test func aLoadOfAQuarterOrMoreMergesTheIndexAndSearchesFindTheSame() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        // One transaction a report: a segment each.
        for report in try ParagraphIndexTests.reports(["000", "001", "002", "003", "004"]) { _ = try t.store.save(report) }
        let before = try Self.segments(t.store)
        #expect(before > 1)
        let queries = ["复议", "行政复议", "法治 政府", "議", "依法行政 考核"]
        let found = try queries.map { try t.store.search(SearchRequest(query: $0, filter: ReportFilter(limit: 50))) }

        // One report of five is less than a quarter: left alone.
        #expect(try t.store.settleAfterBulkLoad(stored: 1) == nil)
        #expect(try Self.segments(t.store) == before)
        #expect(try t.store.settleAfterBulkLoad(stored: 0) == nil)

        #expect(try t.store.settleAfterBulkLoad(stored: 2) == "search index merged")
        #expect(try Self.segments(t.store) == 1)
        try t.store.pool.write { db in try db.execute(sql: "INSERT INTO paragraph_fts(paragraph_fts) VALUES('integrity-check')") }
        #expect(try queries.map { try t.store.search(SearchRequest(query: $0, filter: ReportFilter(limit: 50))) } == found)
        #expect(try t.store.check().isEmpty)
    }
}
