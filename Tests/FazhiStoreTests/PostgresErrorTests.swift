#if Postgres
import FazhiPostgres
import FazhiStore
import FazhiStoreFactory
import Foundation
import StoreKinds
import Testing

/// PostgreSQL failures as one line naming the server and database (never the password) and the
/// cause, on the suite's private cluster.
struct PostgresErrorTests {
    /// `server` with the database `name`, and `password` set.
    static func url(_ server: String, database name: String, password: String) throws -> String {
        var components = try #require(URLComponents(string: server))
        components.path = "/" + name
        if components.user == nil { components.user = ProcessInfo.processInfo.environment["USER"] ?? "postgres" }
        components.password = password
        return try #require(components.string)
    }

    @Test func missingDatabaseIsNamedWithoutThePassword() throws {
        guard let server = try StoreKind.postgresServer() else { return }
        let url = try Self.url(server, database: "fazhi_no_such_db", password: "s3cret-pw")
        let error = #expect(throws: (any Error).self) { _ = try StoreFactory.open(url) }
        let text = "\(error.map { "\($0)" } ?? "")"
        #expect(text.hasPrefix("postgres://") && text.contains("/fazhi_no_such_db: "), "\(text)")
        #expect(text.contains("database \"fazhi_no_such_db\" does not exist"), "\(text)")
        #expect(!text.contains("s3cret-pw") && !text.contains("\n"), "\(text)")
    }

    @Test func unreachableServerIsNamed() throws {
        guard try StoreKind.postgresServer() != nil else { return }
        // Port 1 on the loopback: nothing listens there.
        let error = #expect(throws: (any Error).self) { _ = try StoreFactory.open("postgres://fazhi:pw@127.0.0.1:1/corpus") }
        let text = "\(error.map { "\($0)" } ?? "")"
        #expect(text.hasPrefix("postgres://fazhi@127.0.0.1:1/corpus: cannot reach the PostgreSQL server"), "\(text)")
        #expect(!text.contains(":pw@"), "\(text)")
    }

    @Test func malformedURLHidesThePassword() {
        let error = #expect(throws: (any Error).self) { _ = try StoreFactory.open("postgres://fazhi:pw@db.example/") }
        let text = "\(error.map { "\($0)" } ?? "")"
        #expect(text.contains("not a PostgreSQL URL (no database name)") && !text.contains(":pw@"), "\(text)")
    }
}
#endif
