#if Postgres
import FazhiCore
import Foundation
import StoreKinds
@testable import FazhiPostgres
@testable import FazhiStore

/// A PostgreSQL store on a database of its own (on FAZHI_TEST_PG's server), holding the samples
/// named; call `remove()` afterwards. Nil when no server is configured.
struct PostgresTestStore {
    let store: PostgresStore
    let ids: [Int64]
    /// The database's URL.
    let location: String
    private let directory: URL
    private let dropDatabase: @Sendable () -> Void

    static func make(samples: [String] = []) throws -> PostgresTestStore? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-pg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard let made = try StoreKind.postgres.makeStore(in: directory), let store = made.store as? PostgresStore else {
            try? FileManager.default.removeItem(at: directory)
            return nil
        }
        var ids: [Int64] = []
        for prefix in samples {
            let (name, data) = try TemporaryStore.sample(prefix)
            ids.append(try store.save(try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil)).id)
        }
        return PostgresTestStore(store: store, ids: ids, location: made.location, directory: directory, dropDatabase: made.remove)
    }

    func remove() {
        dropDatabase()
        try? FileManager.default.removeItem(at: directory)
    }
}
#endif
