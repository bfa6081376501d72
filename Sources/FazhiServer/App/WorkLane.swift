import Foundation

/// A few threads of its own that run the portal's blocking work (store reads, page rendering) first
/// come, first served.
///
/// Store calls block their thread. Run on Swift's cooperative pool (one thread per core) they hold up
/// every other connection's I/O while they run, and requests that wait are resumed in no fair order:
/// under load some wait far longer than the rest. Here the waiting work is kept in one FIFO queue and
/// the cooperative pool stays free for reading requests and writing responses.
///
/// ```swift
/// let lane = WorkLane(threads: 2)
/// let count = try await lane.run { try store.count() }
/// ```
final class WorkLane: @unchecked Sendable {  // Its state is guarded by `condition`.
    /// One thread per core, for every portal in the process.
    static let shared = WorkLane(threads: ProcessInfo.processInfo.activeProcessorCount)

    private let condition = NSCondition()
    private var queue: [@Sendable () -> Void] = []
    private var head = 0
    private var stopping = false
    private var members: Set<UInt> = []
    let threads: Int

    init(threads: Int, name: String = "fazhi-work") {
        self.threads = max(1, threads)
        for i in 0..<self.threads {
            // Named from inside: on Linux a name set before start is not given to the thread.
            Thread {
                Thread.current.name = "\(name)-\(i)"
                _ = self.condition.withLock { self.members.insert(Self.currentThreadID) }
                self.serve()
            }.start()
        }
    }

    /// Whether the calling thread is one of the lane's (by its pthread id: Foundation's
    /// `Thread.current.name` was once seen to report another thread's name under load).
    var isCurrentThreadInLane: Bool {
        condition.withLock { members.contains(Self.currentThreadID) }
    }

    private static var currentThreadID: UInt { UInt(pthread_self()) }

    /// `work`'s result, run on one of the lane's threads after all work asked for before it has started.
    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            enqueue { continuation.resume(with: Result(catching: work)) }
        }
    }

    /// The threads end once the work already queued is done (a lane for a test; the shared one runs on).
    func stop() {
        condition.withLock {
            stopping = true
            condition.broadcast()
        }
    }

    /// Queues `job` behind all work asked for before it.
    func enqueue(_ job: @escaping @Sendable () -> Void) {
        condition.withLock {
            queue.append(job)
            condition.signal()
        }
    }

    private func serve() {
        while let job = next() { job() }
    }

    /// The oldest job waiting, or nil when the lane stops with nothing left.
    private func next() -> (@Sendable () -> Void)? {
        condition.withLock {
            while head == queue.count {
                if stopping { return nil }
                condition.wait()
            }
            let job = queue[head]
            head += 1
            if head == queue.count {
                queue.removeAll(keepingCapacity: true)
                head = 0
            } else if head >= 1024 {
                queue.removeFirst(head)
                head = 0
            }
            return job
        }
    }
}
