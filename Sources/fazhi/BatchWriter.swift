import FazhiStore
import Foundation

/// Stores batches of prepared reports on a thread of its own, one transaction per batch, so that
/// analysis of the next batch goes on meanwhile. At most two batches wait; after a failed batch
/// nothing more is stored.
final class BatchWriter: @unchecked Sendable {
    // @unchecked: the counters and the failure are only touched under `lock`.
    private let store: any ReportStore
    private let queue = DispatchQueue(label: "fazhi.ingest.writer")
    private let slots = DispatchSemaphore(value: 2)
    private let group = DispatchGroup()
    private let lock = NSLock()
    private var stored = 0
    private var duplicates = 0
    private var failure: (any Error)?

    init(store: any ReportStore) { self.store = store }

    var hasFailed: Bool { lock.withLock { failure != nil } }

    /// Queues a batch (waits while two are already waiting).
    func enqueue(_ batch: [PreparedReport]) {
        guard !batch.isEmpty else { return }
        slots.wait()
        queue.async(group: group) { [self] in
            defer { slots.signal() }
            guard !hasFailed else { return }
            do {
                let outcomes = try store.save(prepared: batch)
                let new = outcomes.filter { if case .stored = $0 { true } else { false } }.count
                lock.withLock {
                    stored += new
                    duplicates += outcomes.count - new
                }
            } catch {
                lock.withLock { failure = error }
            }
            // Freeing a batch (tens of thousands of small allocations) is left to another thread:
            // the writer is the ingest's one serial step.
            DispatchQueue.global(qos: .utility).async { withExtendedLifetime(batch) {} }
        }
    }

    /// Waits for every queued batch; returns how many reports were stored, how many were already
    /// stored, and the error that stopped storing, if one did.
    func finish() -> (stored: Int, duplicates: Int, failure: (any Error)?) {
        group.wait()
        return lock.withLock { (stored, duplicates, failure) }
    }
}
