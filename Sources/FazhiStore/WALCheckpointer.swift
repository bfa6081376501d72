import Foundation
import GRDBSQLite
import Synchronization

/// Copies the write-ahead log back into the database file on a thread of its own, so that a
/// writer does not stop for it. SQLite's automatic checkpoint runs inside the commit that crosses
/// its threshold: during an ingest the one writer thread spent a tenth of its time there, copying
/// and syncing pages, while the analysis threads waited for it.
///
/// ``install(on:)`` replaces the connection's automatic checkpoint with a hook that asks for a
/// PASSIVE checkpoint (which never blocks readers or the writer) once the log holds `threshold`
/// pages (64 MB); the checkpoint runs on its own short-lived connection. Should the log reach four times
/// that (checkpoints falling behind), the commit checkpoints as SQLite would.
enum WALCheckpointer {
    /// 16,384 pages of 4 KB: 64 MB.
    static let defaultThreshold = 16_384

    /// Replaces `connection`'s automatic checkpoint with the hook (the threshold rides in the
    /// hook's context pointer: a C callback captures nothing).
    static func install(on connection: OpaquePointer, threshold: Int = defaultThreshold) {
        sqlite3_wal_hook(connection, { context, connection, _, pages in
            let threshold = Int32(truncatingIfNeeded: Int(bitPattern: context))
            guard let connection, threshold > 0 else { return SQLITE_OK }
            if pages >= 4 * threshold {
                sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            } else if pages >= threshold, let file = sqlite3_db_filename(connection, "main") {
                WALCheckpointer.request(String(cString: file))
            }
            return SQLITE_OK
        }, UnsafeMutableRawPointer(bitPattern: max(1, threshold)))
    }

    private static let queue = DispatchQueue(label: "fazhi.wal-checkpoint", qos: .utility)
    private static let pending = Mutex<Set<String>>([])

    /// Asks for a checkpoint of the database at `path` (once, however often it is asked meanwhile).
    static func request(_ path: String) {
        guard pending.withLock({ $0.insert(path).inserted }) else { return }
        queue.async {
            pending.withLock { _ = $0.remove(path) }
            checkpoint(path)
        }
    }

    /// A PASSIVE checkpoint on a connection of its own; nothing when the file is gone.
    static func checkpoint(_ path: String) {
        var connection: OpaquePointer?
        defer { sqlite3_close_v2(connection) }
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else { return }
        sqlite3_busy_timeout(connection, 5_000)
        sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
    }
}
