import Foundation

/// Runs work over many inputs on several threads, keeping the inputs' order in the results.
enum Parallel {
    /// The number of processors available to this process.
    static var processors: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `transform` applied to every item, on up to `jobs` threads; results in the items' order.
    static func map<Item: Sendable, T: Sendable>(_ items: [Item], jobs: Int, _ transform: @Sendable (Item) -> T) -> [T] {
        let jobs = max(1, min(jobs, items.count))
        if jobs == 1 { return items.map(transform) }
        let results = Results<T>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var i = worker
            while i < items.count {
                results.set(i, transform(items[i]))
                i += jobs
            }
        }
        return results.values()
    }

    /// Slots filled by several threads, each slot by exactly one.
    private final class Results<T: Sendable>: @unchecked Sendable {
        // @unchecked: each index is written once, by one thread, under the lock.
        private var slots: [T?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

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
