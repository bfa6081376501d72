import Foundation

/// Runs `work` for indices 0..<count on `threads` OS threads. Each thread
/// creates its own non-Sendable state once (a Tesseract engine) and pulls the
/// next index from a shared counter, so slow pages do not stall a fixed split.
enum ParallelRunner {
    static func run<State, Output: Sendable>(
        count: Int,
        threads: Int,
        progress: @escaping @Sendable (Int, Int) -> Void,
        makeState: @escaping @Sendable () -> State,
        work: @escaping @Sendable (State, Int) throws(ScanError) -> Output
    ) -> [Result<Output, ScanError>] {
        guard count > 0 else { return [] }
        let shared = SharedResults<Output>(count: count)
        let workers = min(max(1, threads), count)
        // concurrentPerform blocks until all workers finish and is safe to call from any thread.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            let state = makeState()
            while let index = shared.nextIndex() {
                let result = Result { () throws(ScanError) -> Output in try work(state, index) }
                let done = shared.store(result, at: index)
                progress(done, count)
            }
        }
        return shared.results()
    }
}

/// Lock-protected work queue and result slots shared by the worker threads.
private final class SharedResults<Output: Sendable>: @unchecked Sendable {
    // @unchecked: every access to the mutable fields goes through `lock`.
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private var slots: [Result<Output, ScanError>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func nextIndex() -> Int? {
        lock.withLock {
            guard next < slots.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func store(_ result: Result<Output, ScanError>, at index: Int) -> Int {
        lock.withLock {
            slots[index] = result
            done += 1
            return done
        }
    }

    func results() -> [Result<Output, ScanError>] {
        lock.withLock { slots.map { $0! } }
    }
}
