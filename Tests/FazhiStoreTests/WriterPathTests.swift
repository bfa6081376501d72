import Foundation
import GRDB
import Testing
@testable import FazhiStore

/// The ingest writer's own paths: values bound through SQLite's C API (``RawStatement``) read back
/// as GRDB would have written them, and the write-ahead log is copied back by another connection
/// (``WALCheckpointer``) without the writer checkpointing.
struct WriterPathTests {
    static func temporaryPath() throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return (directory, directory.appendingPathComponent("w.sqlite").path)
    }

    @Test func boundValuesReadBackExactly() throws {
        let (directory, path) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let queue = try DatabaseQueue(path: path)
        let values: [RowValue] = [.text(""), .blob(Data()), .text("复议 12345 行政"), .blob(Data([0, 1, 255])), .int(-7),
                                  .int(Int64.max), .double(21.08), .null]
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER, v)")
            let insert = try RawStatement(db, "INSERT INTO t (n, v) VALUES (?, ?)")
            defer { insert.finalize() }
            for (i, v) in values.enumerated() { try insert.execute(leading: Int64(i), [v]) }
        }
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT v, typeof(v) AS kind FROM t ORDER BY n") }
        #expect(rows.map { $0["kind"] as String } == ["text", "blob", "text", "blob", "integer", "integer", "real", "null"])
        #expect(rows[0]["v"] as String == "")
        #expect(rows[1]["v"] as Data == Data())
        #expect(rows[2]["v"] as String == "复议 12345 行政")
        #expect(rows[3]["v"] as Data == Data([0, 1, 255]))
        #expect(rows[4]["v"] as Int64 == -7)
        #expect(rows[5]["v"] as Int64 == Int64.max)
        #expect(rows[6]["v"] as Double == 21.08)
    }

    @Test func aFailedInsertNamesItsStatement() throws {
        let (directory, path) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (k TEXT UNIQUE NOT NULL)")
            let insert = try RawStatement(db, "INSERT INTO t (k) VALUES (?)")
            defer { insert.finalize() }
            try insert.execute([.text("a")])
            #expect(throws: DatabaseError.self) { try insert.execute([.text("a")]) }
            #expect(throws: DatabaseError.self) { try insert.execute([.null]) }
            try insert.execute([.text("b")])
        }
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == 2)
    }

    /// With the hook installed the writer never checkpoints: the database file grows only when the
    /// background connection copies the log into it.
    @Test func theLogIsCopiedBackByAnotherConnection() throws {
        let (directory, path) = try Self.temporaryPath()
        defer { try? FileManager.default.removeItem(at: directory) }
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            WALCheckpointer.install(on: db.sqliteConnection!, threshold: 64)
            try db.execute(sql: "CREATE TABLE t (b BLOB)")
        }
        let size = { ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0 }
        let before = size()
        // 100 commits of 16 KB: the log passes 64 pages early, and never 4 × 64 between checkpoints
        // unless the background copy never happens.
        for _ in 0..<100 {
            try queue.write { db in try db.execute(sql: "INSERT INTO t VALUES (zeroblob(16384))") }
        }
        var copied = false
        for _ in 0..<300 where !copied {
            copied = size() >= before + 1_000_000
            if !copied { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(copied, "the database file stayed at \(size()) bytes: the log was never copied back")
        #expect(try queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM t") } == 100)
    }
}
