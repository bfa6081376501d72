import FazhiStore
import Foundation

/// Whether this node should get requests: not while it is shutting down, and only while its store
/// answers a trivial query within `timeout` seconds (``check(_:)``, behind `/readyz`).
///
/// The store is asked on a thread of its own, at most once at a time: checks that come while one
/// is under way wait for its answer (or their own timeout), so a load balancer polling a node whose
/// database is gone does not pile up blocked threads.
public final class Readiness: @unchecked Sendable {
    // @unchecked: `stopping`, `asking` and `waiters` are only touched under `lock`.
    private let lock = NSLock()
    private var stopping = false
    private var asking = false
    private var waiters: [UUID: CheckedContinuation<Verdict, Never>] = [:]
    private let queue = DispatchQueue(label: "fazhi.readiness")
    let timeout: TimeInterval

    public enum Verdict: Sendable, Equatable {
        case ready
        case stopping
        /// The store did not answer (why, for the log: never shown to the client).
        case storeDown(String)
    }

    public init(timeout: TimeInterval = 2) {
        self.timeout = timeout
    }

    /// From now on the node reports itself not ready (graceful shutdown has begun).
    public func beginShutdown() { lock.withLock { stopping = true } }

    public var isStopping: Bool { lock.withLock { stopping } }

    public func check(_ store: any ReportStore) async -> Verdict {
        if isStopping { return .stopping }
        let key = UUID(), timeout = self.timeout
        return await withCheckedContinuation { continuation in
            let start = lock.withLock {
                waiters[key] = continuation
                defer { asking = true }
                return !asking
            }
            if start {
                queue.async {
                    let verdict: Verdict
                    do {
                        try store.ping(timeout: timeout)
                        verdict = .ready
                    } catch {
                        verdict = .storeDown("\(error)")
                    }
                    self.answerAll(verdict)
                }
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                self.answer(key, .storeDown("the store did not answer within \(timeout) s"))
            }
        }
    }

    private func answerAll(_ verdict: Verdict) {
        let all = lock.withLock {
            defer {
                waiters = [:]
                asking = false
            }
            return waiters
        }
        for continuation in all.values { continuation.resume(returning: verdict) }
    }

    private func answer(_ key: UUID, _ verdict: Verdict) {
        lock.withLock { waiters.removeValue(forKey: key) }?.resume(returning: verdict)
    }
}
