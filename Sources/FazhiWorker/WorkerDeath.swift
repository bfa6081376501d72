#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a worker gave no result for a file: it went over a budget, crashed, or could not be run.
/// Its description is the second half of a one-line message after the file name.
public enum WorkerDeath: Error, Sendable, Equatable, CustomStringConvertible {
    /// Killed by the kernel for using more CPU than the budget (SIGXCPU).
    case overTime(cpuSeconds: Int)
    /// Killed by the parent after waiting this long for an answer.
    case noAnswer(seconds: Int)
    /// Ran out of the address space its memory budget allows.
    case overMemory(megabytes: Int)
    /// Ended by a signal; `message`: the last line the worker printed, if any.
    case crashed(signal: Int32, message: String?)
    /// Exited without answering.
    case exited(status: Int32, message: String?)
    /// Answered something that cannot be read.
    case badAnswer(String)
    /// The worker process could not be started.
    case cannotStart(String)

    public var description: String {
        switch self {
        case .overTime(let seconds): "over the time budget (\(seconds) s of CPU; raise it with --time-budget)"
        case .noAnswer(let seconds): "over the time budget (no answer in \(seconds) s; raise it with --time-budget)"
        case .overMemory(let mb): "over the memory budget (\(mb) MB; raise it with --memory-budget)"
        case .crashed(let signal, let message):
            "the analyzer crashed on it (signal \(signal), \(Self.signalName(signal))\(message.map { ": \($0)" } ?? ""))"
        case .exited(let status, let message):
            "the analyzer stopped on it (exit status \(status)\(message.map { ": \($0)" } ?? ""))"
        case .badAnswer(let why): "the analyzer's answer cannot be read (\(why))"
        case .cannotStart(let why): "the analyzer worker cannot be started (\(why))"
        }
    }

    /// The same in Chinese, for the portal (no signal numbers or paths).
    public var chinese: String {
        switch self {
        case .overTime(let seconds): "分析超出时间上限(\(seconds) 秒 CPU 时间),已中止。文件可能过大或结构异常。"
        case .noAnswer(let seconds): "分析在 \(seconds) 秒内未完成,已中止。请稍后重试或上传较小的文件。"
        case .overMemory(let mb): "分析所需内存超出上限(\(mb) MB),已中止。文件可能过大或结构异常。"
        case .crashed, .exited, .badAnswer: "分析程序在读取该文件时异常退出,文件可能已损坏。服务未受影响,可继续上传其他文件。"
        case .cannotStart: "分析服务暂时无法启动,请稍后重试。"
        }
    }

    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGILL: "SIGILL"
        case SIGTRAP: "SIGTRAP"
        case SIGABRT: "SIGABRT"
        case SIGBUS: "SIGBUS"
        case SIGFPE: "SIGFPE"
        case SIGKILL: "SIGKILL"
        case SIGSEGV: "SIGSEGV"
        case SIGXCPU: "SIGXCPU"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }
}
