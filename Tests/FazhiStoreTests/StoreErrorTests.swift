import FazhiCore
import Foundation
import GRDB
import Testing
@testable import FazhiStore

/// SQLite's errors as one line naming the database and the cause, never the statement or a bare
/// result code; damaged pages found before a write and named by table or index.
struct StoreErrorTests {
    @Test(arguments: [
        (ResultCode.SQLITE_BUSY, "the database is busy: another connection held its write lock for the whole wait of 30 s"),
        (.SQLITE_FULL, "the disk is full"),
        (.SQLITE_NOTADB, "not a SQLite database"),
        (.SQLITE_CORRUPT, "the database is damaged (database disk image is malformed)"),
        (.SQLITE_CANTOPEN, "cannot open the database: the folder /nowhere-fazhi does not exist"),
    ])
    func resultCodesBecomeCauses(code: ResultCode, cause: String) {
        let error = DatabaseError(resultCode: code, message: code == .SQLITE_CORRUPT ? "database disk image is malformed" : nil,
                                  sql: "SELECT secret FROM report WHERE id = 1")
        let failure = StoreError(sqlite: error, path: "/nowhere-fazhi/c.sqlite")
        #expect(failure.description.hasPrefix("/nowhere-fazhi/c.sqlite: \(cause)"), "\(failure)")
        #expect(!failure.description.contains("SELECT") && !failure.description.contains("\n"), "\(failure)")
    }

    /// A leaf page of the paragraph table overwritten: a writer is refused before it stores
    /// anything, naming the table; `check()` names it too; a reader still opens.
    @Test func damagedTableIsFoundBeforeWritingAndNamed() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let reports = try ["000", "001", "002"].map { prefix in
            let (name, data) = try TemporaryStore.sample(prefix)
            return try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil)
        }
        _ = try t.store.save(batch: Array(reports.prefix(2)))
        let path = t.store.path
        let page = try t.store.pool.writeWithoutTransaction { db -> Int in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            return try #require(try Int.fetchOne(db, sql: "SELECT pageno FROM dbstat WHERE name = 'paragraph' AND pagetype = 'leaf' LIMIT 1"))
        }
        let file = try #require(FileHandle(forUpdatingAtPath: path))
        try file.seek(toOffset: UInt64((page - 1) * 4096))
        file.write(Data(repeating: 0xA5, count: 4096))
        try file.close()

        let writer = try SQLiteStore(path: path, access: .write)
        let error = #expect(throws: StoreError.self) { _ = try writer.save(reports[2]) }
        #expect(error?.cause == .damaged("table paragraph"), "\(String(describing: error))")
        #expect(error?.description.hasPrefix("\(path): the database is damaged (table paragraph)") == true)
        let problems = try SQLiteStore(path: path).check()
        #expect(problems.first?.hasPrefix("damaged: table paragraph: ") == true, "\(problems)")
    }

    @Test func passwordIsLeftOutOfServerURLs() {
        #expect(PostgresURL.withoutPassword("postgres://fazhi:s3cret@db.example:5432/corpus") == "postgres://fazhi@db.example:5432/corpus")
        #expect(PostgresURL.withoutPassword("postgres://fazhi@db/corpus") == "postgres://fazhi@db/corpus")
        #expect(!PostgresURL.withoutPassword("postgres://fazhi:s3 cret@db/corpus").contains("s3"))
    }
}
