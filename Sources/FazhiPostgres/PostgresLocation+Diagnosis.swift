import Foundation
import PostgresNIO

extension PostgresLocation {
    /// Why one connection to the database cannot be made, in the server's words (wrong password,
    /// no such database), or nil when one can. The pool only says that its attempts failed
    /// ("circuit breaker tripped"); a single direct connection gets the server's answer.
    func connectionProblem() async -> (any Error)? {
        var logger = Logger(label: "fazhi.postgres.diagnosis")
        logger.logLevel = .critical
        do {
            let connection = try await PostgresConnection.connect(configuration: try connectionConfiguration(), id: 0, logger: logger)
            try? await connection.close()
            return nil
        } catch {
            return error
        }
    }

    private func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var c: PostgresConnection.Configuration
        if host.hasPrefix("/") {
            c = .init(unixSocketPath: host + "/.s.PGSQL.\(port)", username: user, password: password, database: database)
        } else {
            let tls: PostgresConnection.Configuration.TLS = switch sslMode {
            case "require": .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            case "prefer": .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
            default: .disable
            }
            c = .init(host: host, port: port, username: user, password: password, database: database, tls: tls)
        }
        c.options.connectTimeout = .seconds(5)
        return c
    }
}
