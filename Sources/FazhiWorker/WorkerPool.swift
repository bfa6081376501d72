import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Up to `size` worker processes that analyze files one at a time each, under a ``Budget``.
/// A worker that dies or overruns is reaped and its file answered with the ``WorkerDeath``; the
/// next request starts a new worker. Workers start when first needed and stay for the next file.
///
/// ```swift
/// let pool = WorkerPool(executable: "/usr/local/bin/fazhi", size: 2, budget: Budget())
/// switch pool.perform(.render(bytes: data, name: "a.txt", format: .json, publishedOn: nil)) {
/// case .success(.rendered(let json)): print(json)
/// case .success(let other): …          // refused, or not a report
/// case .failure(let death): print("a.txt: \(death)")
/// }
/// ```
public final class WorkerPool: @unchecked Sendable {
    // @unchecked: `idle`, `checkedOut` and `stopped` are only touched under `condition`; a worker
    // process is used by the one thread that checked it out.
    public let executable: String
    public let size: Int
    public let budget: Budget
    private let condition = NSCondition()
    private var idle: [WorkerProcess] = []
    private var checkedOut = 0

    public init(executable: String, size: Int, budget: Budget) {
        self.executable = executable
        self.size = max(1, size)
        self.budget = budget
        // A worker that died leaves a pipe whose write would end this process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }

    /// This executable (`/proc/self/exe` on Linux): the worker is `fazhi worker`.
    public static var currentExecutable: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return Bundle.main.executablePath ?? CommandLine.arguments[0]
    }

    /// Does `request` in a worker (waits while all `size` workers are busy).
    public func perform(_ request: WorkRequest) -> Result<WorkResult, WorkerDeath> {
        let worker: WorkerProcess
        switch checkOut() {
        case .some(let w): worker = w
        case .none:
            do {
                worker = try WorkerProcess(executable: executable, arguments: ["worker"] + budget.arguments)
            } catch {
                checkIn(nil)
                return .failure(error)
            }
        }
        let outcome = worker.perform(request, budget: budget)
        if case .success = outcome { checkIn(worker) } else { checkIn(nil) }
        return outcome
    }

    /// Stops the idle workers (each exits at the end of its input); a pool for one command.
    public func stop() {
        let workers = condition.withLock {
            defer { idle = [] }
            return idle
        }
        for worker in workers { worker.stop() }
    }

    /// An idle worker, or nil when a new one is to be started; waits while all are busy.
    private func checkOut() -> WorkerProcess? {
        condition.withLock {
            while idle.isEmpty && checkedOut >= size { condition.wait() }
            checkedOut += 1
            return idle.popLast()
        }
    }

    /// Returns a worker (nil: it died, or never started).
    private func checkIn(_ worker: WorkerProcess?) {
        condition.withLock {
            checkedOut -= 1
            if let worker { idle.append(worker) }
            condition.signal()
        }
    }
}
