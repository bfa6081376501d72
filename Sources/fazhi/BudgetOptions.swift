import ArgumentParser
import FazhiWorker

/// `--time-budget`, `--memory-budget` and `--in-process`: how `analyze` and `ingest` bound what
/// one file may cost (docs/budgets.md).
struct BudgetOptions: ParsableArguments {
    @Option(help: "CPU seconds one file may take; a file over it is reported and skipped.")
    var timeBudget: Int = Budget.defaultCPUSeconds

    @Option(help: "Memory one file may take, in MB (0: no limit); a file over it is reported and skipped.")
    var memoryBudget: Int = Budget.defaultMemoryMB

    @Flag(help: "Analyze in this process, without worker processes: no budgets, and a file that crashes the analyzer ends the command.")
    var inProcess = false

    func validate() throws {
        guard timeBudget >= 1 else { throw ValidationError("--time-budget must be at least 1 (CPU seconds a file)") }
        guard memoryBudget >= 0 else { throw ValidationError("--memory-budget must be 0 (no limit) or more (MB a file)") }
    }

    var budget: Budget { Budget(cpuSeconds: timeBudget, memoryMB: memoryBudget) }

    /// Workers for `jobs` files at once, or this process with `--in-process`.
    func analyst(jobs: Int) -> Analyst {
        inProcess ? .inProcess : .isolated(WorkerPool(executable: WorkerPool.currentExecutable, size: jobs, budget: budget))
    }
}
