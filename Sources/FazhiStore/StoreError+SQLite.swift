import Foundation
import GRDB

extension StoreError {
    /// `error` (from GRDB or SQLite) as a failure of the database file at `path`: the result code
    /// becomes its cause (SQLITE_CANTOPEN is looked into: no folder, no permission, a folder), and the
    /// statement GRDB quotes is left out.
    public init(sqlite error: any Error, path: String, busyTimeout: TimeInterval = SQLiteStore.defaultBusyTimeout) {
        if let known = error as? StoreError {
            self = known
            return
        }
        guard let db = error as? DatabaseError else {
            self.init(location: path, cause: .other("\(error)"))
            return
        }
        let cause: Cause
        switch db.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            cause = .busy(waited: busyTimeout, holders: OpenFileHolders.describe(path))
        case .SQLITE_READONLY:
            cause = .readOnly(SQLiteAccess.readOnlyReason(path) ?? "SQLite opened it read-only")
        case .SQLITE_CORRUPT:
            cause = .damaged(db.message ?? "a page is damaged")
        case .SQLITE_NOTADB:
            cause = .notADatabase
        case .SQLITE_FULL:
            cause = .diskFull
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            cause = .cannotOpen(SQLiteAccess.openProblem(path))
        case .SQLITE_IOERR:
            cause = .other("input/output error reading or writing the file (SQLite \(db.extendedResultCode.rawValue)"
                           + (db.message.map { ": \($0)" } ?? "") + ")")
        default:
            cause = .other("SQLite error \(db.resultCode.rawValue)" + (db.message.map { ": \($0)" } ?? ""))
        }
        self.init(location: path, cause: cause)
    }
}
