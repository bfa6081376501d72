import Foundation

/// How many analyses the portal runs at once: a request that finds every slot taken is refused at
/// once (503, Retry-After) rather than queued, so a burst of uploads cannot pile up work and memory.
final class AnalysisSlots: @unchecked Sendable {
    // @unchecked: `running` is only touched under `lock`.
    let capacity: Int
    private let lock = NSLock()
    private var running = 0

    init(capacity: Int) { self.capacity = max(1, capacity) }

    /// Takes a slot if one is free.
    func take() -> Bool {
        lock.withLock {
            guard running < capacity else { return false }
            running += 1
            return true
        }
    }

    func release() { lock.withLock { running -= 1 } }

    /// Analyses under way now.
    var busy: Int { lock.withLock { running } }
}
