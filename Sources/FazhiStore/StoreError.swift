import Foundation

/// A database failure in one line: which database, and the cause in words a user can act on
/// (never a whole SQL statement, never a bare result code).
///
/// ```
/// /srv/corpus.sqlite: the database is read-only (the file is not writable): it can be read, not written
/// ```
public struct StoreError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Cause: Sendable, Equatable {
        /// Another connection held the write lock for the whole wait; `holders` names the
        /// processes that have the file open, when they can be found.
        case busy(waited: TimeInterval, holders: String?)
        /// The database cannot be written; the reason says why (file mode, folder, mount).
        case readOnly(String)
        /// Pages or indexes are damaged; the detail says which, when SQLite says.
        case damaged(String)
        /// The file cannot be opened; the reason is the file system's (no folder, no permission).
        case cannotOpen(String)
        /// The file is not a SQLite database.
        case notADatabase
        /// The disk (or the file system's quota) is full.
        case diskFull
        /// Anything else, in SQLite's words without the statement.
        case other(String)
    }

    /// The database: a file path, or a server URL without its password.
    public var location: String
    public var cause: Cause

    public init(location: String, cause: Cause) {
        self.location = location
        self.cause = cause
    }

    public var description: String { "\(location): \(reason)" }
    /// The cause in words, without the database.
    public var reason: String { cause.text }

    /// Whether no write can succeed until someone repairs the database (damaged, read-only).
    public var refusesEveryWrite: Bool {
        switch cause {
        case .damaged, .readOnly: true
        default: false
        }
    }
}

extension StoreError.Cause {
    var text: String {
        switch self {
        case let .busy(waited, holders):
            "the database is busy: another connection held its write lock for the whole wait of "
                + "\(Self.seconds(waited)) (--busy-timeout or $FAZHI_BUSY_TIMEOUT sets the wait)"
                + (holders.map { "; open in \($0)" } ?? "")
        case .readOnly(let why):
            "the database is read-only (\(why)): it can be read, not written"
        case .damaged(let what):
            "the database is damaged (\(what)); `fazhi db check` names the damaged tables; nothing was written, restore it from a backup"
        case .cannotOpen(let why):
            "cannot open the database: \(why)"
        case .notADatabase:
            "not a SQLite database (the file holds something else, or is encrypted)"
        case .diskFull:
            "the disk is full: SQLite could not write (nothing of the failing transaction was kept)"
        case .other(let text):
            text
        }
    }

    private static func seconds(_ t: TimeInterval) -> String {
        t == t.rounded() ? "\(Int(t)) s" : String(format: "%.1f s", t)
    }
}
