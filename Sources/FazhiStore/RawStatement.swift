import GRDB
import GRDBSQLite

/// A prepared INSERT run through SQLite's C API with ``RowValue``s: the ingest's writer binds
/// hundreds of rows per report, and GRDB's general argument conversion was a fifth of its time.
/// Used only inside a GRDB write (the connection is GRDB's); finalized by ``finalize()``.
struct RawStatement {
    private let handle: OpaquePointer
    private let connection: OpaquePointer
    let sql: String

    init(_ db: Database, _ sql: String) throws {
        guard let connection = db.sqliteConnection else { throw DatabaseError(resultCode: .SQLITE_MISUSE, message: "closed", sql: sql) }
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v2(connection, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let statement else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }
        self.handle = statement
        self.connection = connection
        self.sql = sql
    }

    /// Binds `values` to the placeholders in order (after `leading`, if given) and runs the statement.
    func execute(leading: Int64? = nil, _ values: [RowValue]) throws {
        sqlite3_reset(handle)
        var index: Int32 = 1
        if let leading {
            sqlite3_bind_int64(handle, 1, leading)
            index = 2
        }
        for value in values {
            try check(bind(value, at: index))
            index += 1
        }
        let rc = sqlite3_step(handle)
        if rc != SQLITE_DONE, rc != SQLITE_ROW { try check(rc) }
    }

    func finalize() { sqlite3_finalize(handle) }

    private func bind(_ value: RowValue, at i: Int32) -> Int32 {
        switch value {
        case .null: return sqlite3_bind_null(handle, i)
        case .int(let v): return sqlite3_bind_int64(handle, i, v)
        case .double(let v): return sqlite3_bind_double(handle, i, v)
        case .text(var s):
            return s.withUTF8 { utf8 in
                // An empty buffer may have no address, which SQLite would bind as NULL.
                guard let base = utf8.baseAddress, !utf8.isEmpty else { return sqlite3_bind_text(handle, i, "", 0, Self.transient) }
                return base.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                    sqlite3_bind_text(handle, i, $0, Int32(utf8.count), Self.transient)
                }
            }
        case .blob(let data):
            return data.withUnsafeBytes { bytes in
                guard let base = bytes.baseAddress, !bytes.isEmpty else { return sqlite3_bind_zeroblob(handle, i, 0) }
                return sqlite3_bind_blob(handle, i, base, Int32(bytes.count), Self.transient)
            }
        }
    }

    private func check(_ rc: Int32) throws {
        guard rc != SQLITE_OK else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(connection)), sql: sql)
    }

    /// SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
    private static var transient: sqlite3_destructor_type { unsafeBitCast(-1, to: sqlite3_destructor_type.self) }
}
