import FazhiStore
import PostgresNIO

/// A PostgreSQL error in words a user can act on: the server's own message and SQLSTATE, or what
/// happened to the connection. (postgres-nio's own description hides both, lest a query's
/// values end up in a log.)
public struct PostgresFailure: Error, CustomStringConvertible {
    public var location: String
    public var reason: String
    /// The server's SQLSTATE, when the server answered with an error.
    public var sqlState: String?
    public var description: String { "\(location): \(reason)" }

    init(_ error: any Error, location: String) {
        self.location = location
        if let failure = error as? PostgresFailure {
            self = failure
            return
        }
        if let transaction = error as? PostgresTransactionError {
            let inner = transaction.closureError ?? transaction.commitError ?? transaction.beginError ?? transaction.rollbackError
            self = inner.map { PostgresFailure($0, location: location) } ?? PostgresFailure(reason: "the transaction failed", location: location)
            return
        }
        guard let psql = error as? PSQLError else {
            reason = "PostgreSQL: \(error)"
            return
        }
        if let info = psql.serverInfo, let message = info[.message] {
            sqlState = info[.sqlState]
            reason = "the server refused: \(message)" + (sqlState.map { " (SQLSTATE \($0))" } ?? "")
                + (info[.detail].map { "; \($0)" } ?? "")
            return
        }
        let underlying = psql.underlying.map { ": \($0)" } ?? ""
        switch psql.code {
        case .serverClosedConnection, .uncleanShutdown:
            reason = "the PostgreSQL server closed the connection (stopped or restarted?)\(underlying)"
        case .connectionError:
            reason = "cannot reach the PostgreSQL server\(underlying)"
        case .poolClosed, .clientClosedConnection:
            reason = "the connection pool is closed\(underlying)"
        default:
            reason = "PostgreSQL error \(psql.code)\(underlying)"
        }
    }

    init(reason: String, location: String) {
        self.location = location
        self.reason = reason
    }

    /// Whether running the same transaction again may succeed (a deadlock or serialization failure).
    var isRetryable: Bool { sqlState == "40P01" || sqlState == "40001" }
}
