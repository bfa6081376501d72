#if Postgres
import FazhiCore
import Foundation
import StoreKinds
import Testing
@testable import FazhiPostgres
@testable import FazhiStore

/// Rows tied to their reports on PostgreSQL, checked once a statement (migration 4) rather than
/// by a foreign key row by row: a row whose report does not exist is refused as a foreign key
/// would refuse it; deleting a report deletes its rows; `db check` finds strays and missing triggers.
struct PostgresIntegrityTests {
    @Test func rowsMustBelongToAReportAndGoWithIt() throws {
        guard let t = try PostgresTestStore.make(samples: ["000", "001", "002"]) else { return }  // no server here
        defer { t.remove() }
        let (store, ids) = (t.store, t.ids)
        func count(_ table: String, _ id: Int64) throws -> Int {
            try store.rows("SELECT COUNT(*) FROM \(table) WHERE reportId = ?", [.int(Int(id))])[0][0].decode(Int.self)
        }
        #expect(try count("paragraph", ids[1]) > 10)
        #expect(try count("quantity", ids[1]) > 0)
        #expect(try ids.map { try count("finding", $0) }.reduce(0, +) > 0)

        // A row for a report that does not exist, alone or among rows that are fine: refused whole.
        let quantities = try count("quantity", ids[0])
        for sql in ["INSERT INTO finding (reportId, rule, severity, message) VALUES (\(ids[2] + 1000), 'r', 'notice', 'm')",
                    "INSERT INTO quantity (reportId, value, text, start, \"end\") VALUES (\(ids[0]), 1, 'x', 0, 1), (\(ids[2] + 1000), 1, 'x', 0, 1)",
                    "UPDATE paragraph SET reportId = \(ids[2] + 1000) WHERE reportId = \(ids[0])"] {
            let error = #expect(throws: PostgresFailure.self) { _ = try store.rows(sql) }
            #expect(error?.sqlState == "23503", "\(sql)")
            #expect(error?.reason.contains("refers to a report that does not exist") == true)
        }
        #expect(try count("quantity", ids[0]) == quantities)  // nothing of the refused insert
        #expect(try store.check() == [])

        // Deleting a report (one statement deleting two, too) deletes its rows.
        #expect(try store.delete(id: ids[1]))
        for table in ["paragraph", "quantity", "finding"] { #expect(try count(table, ids[1]) == 0) }
        _ = try store.rows("DELETE FROM report WHERE id = ANY(?::int8[])", [.column(ColumnArray(kind: .int8, values: [.int(Int(ids[0])), .int(Int(ids[2]))]))])
        #expect(try store.rows("SELECT (SELECT COUNT(*) FROM paragraph) + (SELECT COUNT(*) FROM quantity) + (SELECT COUNT(*) FROM finding)")[0][0].decode(Int.self) == 0)
        #expect(try store.check() == [])
    }

    /// A database a newer Fazhi migrated is refused, not written to the old way.
    @Test func aNewerSchemaIsRefused() throws {
        guard let t = try PostgresTestStore.make() else { return }
        defer { t.remove() }
        let known = try #require(PostgresMigrations.all.map(\.version).max())
        #expect(try PostgresStore(url: t.location).appliedMigrations().count == known)  // opens as it is
        _ = try t.store.rows("INSERT INTO schema_migrations (version, name) VALUES (?, 'from the future')", [.int(known + 1)])
        let error = #expect(throws: PostgresFailure.self) { _ = try PostgresStore(url: t.location) }
        #expect(error?.reason.contains("schema is at v\(known + 1), newer than this Fazhi knows (up to v\(known))") == true, "\(String(describing: error))")
        #expect(error?.location.hasPrefix("postgres://") == true)
    }

    @Test func checkFindsStrayRowsAndMissingTriggers() throws {
        guard let t = try PostgresTestStore.make(samples: ["002"]) else { return }
        defer { t.remove() }
        let store = t.store
        _ = try store.rows("DROP TRIGGER finding_report_inserted ON finding")
        _ = try store.rows("INSERT INTO finding (reportId, rule, severity, message) VALUES (424242, 'r', 'notice', 'm')")
        let problems = try store.check()
        #expect(problems.contains("1 paragraph, figure or finding row(s) whose report does not exist"), "\(problems)")
        #expect(problems.contains("1 of the 7 triggers that tie rows to their reports are missing"), "\(problems)")
    }
}
#endif
