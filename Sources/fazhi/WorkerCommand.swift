import ArgumentParser
import FazhiWorker

/// `fazhi worker` (hidden): analyzes the files `analyze`, `ingest` and `serve` send it on stdin,
/// under the budget they pass, answering on stdout (FazhiWorker's frames). Not for people to run.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Analyze files sent on standard input (started by analyze, ingest and serve).",
        shouldDisplay: false)

    @Option(help: "CPU seconds a file may take.")
    var cpuSeconds: Int = Budget.defaultCPUSeconds

    @Option(name: .customLong("memory-mb"), help: "Memory a file may take, in MB (0: no limit).")
    var memoryMB: Int = Budget.defaultMemoryMB

    func run() throws {
        let status = WorkerLoop.run(budget: Budget(cpuSeconds: cpuSeconds, memoryMB: memoryMB))
        if status != 0 { throw ExitCode(status) }
    }
}
