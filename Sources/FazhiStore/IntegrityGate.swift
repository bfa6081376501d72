import Foundation
import GRDB
import Synchronization

/// The writers' integrity check (``IntegrityProbe/check(_:path:)``), run on a reader of its own
/// while the first files are analyzed: the first write waits for its verdict, and every write
/// after a failed check is refused with it. (On a 10,000-report database the check reads 790 MB;
/// started at open, it is over before an ingest's first batch is analyzed.)
final class IntegrityGate: Sendable {
    private let done = DispatchGroup()
    private let verdict = Mutex<StoreError?>(nil)

    init(_ pool: DatabasePool, path: String) {
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            defer { done.leave() }
            do {
                try IntegrityProbe.check(pool, path: path)
            } catch {
                verdict.withLock { $0 = StoreError(sqlite: error, path: path) }
            }
        }
    }

    /// Waits for the check; throws its finding when the database is damaged.
    func pass() throws {
        done.wait()
        if let failure = verdict.withLock({ $0 }) { throw failure }
    }
}
