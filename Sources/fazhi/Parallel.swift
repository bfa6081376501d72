import Foundation

/// Runs work over many inputs on several threads, keeping the inputs' order in the results.
enum Parallel {
    /// The number of processors available to this process.
    static var processors: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every item, on up to `jobs` threads; results in the items' order.
    /// Each thread takes the next item not yet taken, so a thread given large items does not keep
    /// the others waiting at the end.
    static func map<Item: Sendable, T: Sendable>(_ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> T) -> [T] {
        let jobs = max(1, min(jobs, items.count))
        if jobs == 1 { return items.map(transform) }
        let results = Results<T>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { _ in
            while let i = results.take() {
                results.set(i, transform(items[i]))
            }
        }
        return results.values()
    }

    /// Slots filled by several threads, each slot by exactly one.
    private final class Results<T: Sendable>: @unchecked Sendable {
        // @unchecked: `next` and the slots are only touched under the lock; each slot is written once.
        private var slots: [T?]
        private var next = 0
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        /// The index of the next item no thread has taken, if any is left.
        func take() -> Int? {
            lock.withLock {
                guard next < slots.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func set(_ i: Int, _ value: T) {
            lock.lock()
            slots[i] = value
            lock.unlock()
        }

        func values() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return slots.compactMap { $0 }
        }
    }
}
