/// What one file may cost a worker: CPU seconds and memory. Over either, the worker is killed (by
/// the kernel's resource limits, set in the worker) and the file is reported and skipped.
///
/// A worker that neither answers nor uses CPU (blocked) is killed by the parent when `wallSeconds`
/// have passed since the request was sent.
public struct Budget: Sendable, Equatable {
    /// CPU seconds (user + system) for one file (RLIMIT_CPU, moved before each request).
    public var cpuSeconds: Int
    /// Memory for one file, in MB, over what the warmed-up worker holds (RLIMIT_AS); 0: no limit.
    public var memoryMB: Int

    public static let defaultCPUSeconds = 60
    public static let defaultMemoryMB = 2048
    /// CPU seconds each scanned page adds to the budget when it is read by OCR (a 300 dpi page
    /// takes a few seconds; the allowance is generous so that only a runaway page meets it).
    public static let ocrSecondsPerPage = 30

    public init(cpuSeconds: Int = Budget.defaultCPUSeconds, memoryMB: Int = Budget.defaultMemoryMB) {
        self.cpuSeconds = cpuSeconds
        self.memoryMB = memoryMB
    }

    /// The parent's deadline for an answer: three times the CPU budget (a worker on a busy machine
    /// gets a share of a core), and at least the CPU budget plus 30 s.
    public var wallSeconds: Int { max(cpuSeconds * 3, cpuSeconds + 30) }

    /// The worker's command-line arguments that carry the budget.
    var arguments: [String] { ["--cpu-seconds", "\(cpuSeconds)", "--memory-mb", "\(memoryMB)"] }
}
