import FazhiStore
import FazhiStoreFactory
import Foundation
#if Postgres
import FazhiPostgres
#endif

/// The stores the tests run on: SQLite always; PostgreSQL when `FAZHI_TEST_PG` names a server
/// (scripts/test-postgres.sh starts a private cluster and sets it, as `make test` and CI do), each
/// test on a new database dropped afterwards. Without a server the PostgreSQL cases are skipped —
/// unless `FAZHI_REQUIRE_PG=1`, when they fail.
public enum StoreKind: String, CaseIterable, Sendable {
    case sqlite
    case postgres

    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// The test server's URL, nil when PostgreSQL tests are skipped here.
    public static func postgresServer() throws -> String? {
        let env = ProcessInfo.processInfo.environment
        if let url = env["FAZHI_TEST_PG"], !url.isEmpty {
            #if Postgres
            return url
            #else
            throw Missing(description: "FAZHI_TEST_PG is set but this build has no PostgreSQL store (Postgres trait disabled)")
            #endif
        }
        if env["FAZHI_REQUIRE_PG"] == "1" {
            throw Missing(description: "FAZHI_REQUIRE_PG=1 but FAZHI_TEST_PG is not set: run the tests with scripts/test-postgres.sh run swift test")
        }
        return nil
    }

    /// A new, empty store of this kind (a file `store.sqlite` in `directory`, or a database of its
    /// own on the test server), its location, and what closes and removes it; nil when the kind is
    /// skipped here.
    public func makeStore(in directory: URL) throws -> (store: any ReportStore, location: String, remove: @Sendable () -> Void)? {
        switch self {
        case .sqlite:
            let path = directory.appendingPathComponent("store.sqlite").path
            return (try StoreFactory.open(path), path, {})
        case .postgres:
            guard let server = try Self.postgresServer() else { return nil }
            #if Postgres
            let name = "fazhi_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let url = try PostgresDatabases.create(name, server: server)
            let store = try StoreFactory.open(url)
            return (store, url, {
                store.close()
                try? PostgresDatabases.drop(name, server: server)
            })
            #else
            return nil
            #endif
        }
    }
}
