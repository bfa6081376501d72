import FazhiStore
import Foundation

/// Stores batches of prepared reports on threads of their own, one transaction per batch, so that
/// analysis of the next batch goes on meanwhile. `writers` batches are stored at once (one for the
/// embedded file; a server takes several, each on its own connection), and at most one more waits.
/// After a failed batch nothing more is started; batches already under way finish.
final class BatchWriter: @unchecked Sendable {
    // @unchecked: the counters and the failure are only touched under `lock`.
    private let store: any ReportStore
    private let queue = DispatchQueue(label: "fazhi.ingest.writer", attributes: .concurrent)
    private let slots: DispatchSemaphore
    private let active: DispatchSemaphore
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var stored = 0
    private var duplicates = 0
    private var failure: (any Error)?

    init(store: any ReportStore, writers: Int) {
        self.store = store
        let writers = max(1, writers)
        slots = DispatchSemaphore(value: writers + 1)
        active = DispatchSemaphore(value: writers)
    }

    var hasFailed: Bool { lock.withLock { failure != nil } }

    /// Queues a batch (waits while the writers are busy and one batch already waits).
    func enqueue(_ batch: [PreparedReport]) {
        guard !batch.isEmpty else { return }
        slots.wait()
        queue.async(group: group) { [self] in
            active.wait()
            defer {
                active.signal()
                slots.signal()
            }
            guard !hasFailed else { return }
            do {
                let outcomes = try store.save(prepared: batch)
                let new = outcomes.filter { if case .stored = $0 { true } else { false } }.count
                lock.withLock {
                    stored += new
                    duplicates += outcomes.count - new
                }
            } catch {
                lock.withLock { failure = failure ?? error }
            }
            // Freeing a batch (tens of thousands of small allocations) is left to another thread:
            // storing is the ingest's narrowest step.
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(batch) {} }
        }
    }

    /// Waits for every queued batch; returns how many reports were stored, how many were already
    /// stored, and the first error that stopped storing, if one did.
    func finish() -> (stored: Int, duplicates: Int, failure: (any Error)?) {
        group.wait()
        return lock.withLock { (stored, duplicates, failure) }
    }
}
