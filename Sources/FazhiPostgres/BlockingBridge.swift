import Foundation

/// Runs postgres-nio's async work for the synchronous ``FazhiStore/ReportStore`` API.
///
/// The work runs on a thread of its own (a task executor over a serial Dispatch queue), not on
/// Swift's cooperative pool: a caller blocked here — even one on the cooperative pool, such as a
/// server's request handler — never holds up the work it waits for. The queue is serial because
/// Dispatch gives a serial queue a thread of its own when others are busy ("overcommit"), while a
/// concurrent one shares the global pool's few threads with the cooperative pool, which blocked
/// callers may be holding. The work is mostly waiting on the network (SwiftNIO's event loops do the
/// I/O), so one thread serves it.
final class BlockingBridge: TaskExecutor, @unchecked Sendable {
    // @unchecked: the queue is thread-safe and nothing else is stored.
    private let queue = DispatchQueue(label: "fazhi.postgres")

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }

    /// Starts long-running work (the connection pool's `run()`) on this executor.
    func start(_ body: @escaping @Sendable () async -> Void) -> Task<Void, Never> {
        Task(executorPreference: self) { await body() }
    }

    /// Runs `body` to its end and returns its result (or throws its error).
    func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
        try wait(body, timeout: .distantFuture)!
    }

    /// Runs `body` and returns its result, or nil when it has not ended by `timeout` (it goes on).
    func wait<T: Sendable>(_ body: @escaping @Sendable () async throws -> T, timeout: DispatchTime) throws -> T? {
        try submit(body).outcome.wait(timeout: timeout)?.get()
    }

    /// Starts `body`; its outcome is waited for by the caller.
    func submit<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) -> (outcome: Outcome<T>, task: Task<Void, Never>) {
        let outcome = Outcome<T>()
        let task = Task(executorPreference: self) {
            do { outcome.finish(.success(try await body())) } catch { outcome.finish(.failure(error)) }
        }
        return (outcome, task)
    }
}

/// A result handed from the executor's thread to the waiting caller.
final class Outcome<T: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once before `done` is signalled and read after it.
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    func finish(_ r: Result<T, any Error>) {
        result = r
        done.signal()
    }

    func wait(timeout: DispatchTime) -> Result<T, any Error>? {
        guard done.wait(timeout: timeout) == .success else { return nil }
        return result
    }
}
