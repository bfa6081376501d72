/// Where files are analyzed: in worker processes under a ``Budget`` (a file that crashes or
/// overruns costs that file only), or in this process (no budgets; for measuring and debugging).
public struct Analyst: Sendable {
    /// The workers; nil: in this process.
    public let pool: WorkerPool?

    public static let inProcess = Analyst(pool: nil)

    public static func isolated(_ pool: WorkerPool) -> Analyst { Analyst(pool: pool) }

    public init(pool: WorkerPool?) { self.pool = pool }

    /// The result of `request`, or why the worker gave none.
    public func perform(_ request: WorkRequest) -> Result<WorkResult, WorkerDeath> {
        guard let pool else { return .success(Work.perform(request)) }
        return pool.perform(request)
    }

    /// Stops idle workers.
    public func stop() { pool?.stop() }
}
