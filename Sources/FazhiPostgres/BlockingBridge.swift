import Foundation

/// Runs postgres-nio's async work for the synchronous ``FazhiStore/ReportStore`` API.
///
/// The work runs on threads of its own (a task executor over a concurrent Dispatch queue), not on
/// Swift's cooperative pool: a caller blocked here — even one on the cooperative pool, such as a
/// server's request handler — never holds up the work it waits for.
final class BlockingBridge: TaskExecutor, @unchecked Sendable {
    // @unchecked: the queue is thread-safe and nothing else is stored.
    private let queue = DispatchQueue(label: "fazhi.postgres", attributes: .concurrent)

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
        let outcome = Outcome<T>()
        Task(executorPreference: self) {
            do { outcome.finish(.success(try await body())) } catch { outcome.finish(.failure(error)) }
        }
        return try outcome.wait().get()
    }
}

/// A result handed from the executor's thread to the waiting caller.
private final class Outcome<T: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once before `done` is signalled and read after it.
    private var result: Result<T, any Error>?
    private let done = DispatchSemaphore(value: 0)

    func finish(_ r: Result<T, any Error>) {
        result = r
        done.signal()
    }

    func wait() -> Result<T, any Error> {
        done.wait()
        return result!
    }
}
