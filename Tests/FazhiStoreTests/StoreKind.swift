import Foundation
import Testing
import FazhiStore
import FazhiStoreFactory
#if Postgres
import FazhiPostgres
#endif

/// The stores the contract suite runs against. PostgreSQL needs a server: `FAZHI_TEST_PG` names
/// one (scripts/test-postgres.sh starts a private cluster and sets it, as `make test` and CI do).
/// Without it the PostgreSQL half is skipped — unless `FAZHI_REQUIRE_PG=1`, when it fails.
enum StoreKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    /// The test server's URL, nil when PostgreSQL tests are skipped here.
    static func postgresServer() throws -> String? {
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
}

/// A new, empty store of one kind for one test, removed afterwards; nil when the kind is skipped here.
final class ContractStore: @unchecked Sendable {
    let store: any ReportStore
    let location: String
    private let cleanup: () -> Void

    private init(store: any ReportStore, location: String, cleanup: @escaping () -> Void) {
        self.store = store
        self.location = location
        self.cleanup = cleanup
    }

    static func make(_ kind: StoreKind) throws -> ContractStore? {
        switch kind {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-contract-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            let path = dir.appendingPathComponent("c.sqlite").path
            return ContractStore(store: try StoreFactory.open(path), location: path) {
                try? FileManager.default.removeItem(at: dir)
            }
        case .postgres:
            guard let server = try StoreKind.postgresServer() else { return nil }
            #if Postgres
            let name = "fazhi_t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            let url = try PostgresDatabases.create(name, server: server)
            let store = try StoreFactory.open(url)
            return ContractStore(store: store, location: url) {
                store.close()
                try? PostgresDatabases.drop(name, server: server)
            }
            #else
            return nil
            #endif
        }
    }

    func remove() { cleanup() }
}
