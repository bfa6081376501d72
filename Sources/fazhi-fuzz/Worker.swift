import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A child `fazhi-fuzz --worker` process running a block of executions, watched for progress: it
/// prints the index it has reached every ``heartbeat`` executions, and a silence longer than the
/// timeout is a hang.
struct Worker {
    /// How often a worker reports progress.
    static let heartbeat: UInt64 = 256

    enum Outcome: Equatable {
        /// Every execution of the block returned.
        case finished
        /// The process died (a trap, a signal); executions before `reached` had returned.
        case crashed(reached: UInt64, status: Int32)
        /// No progress within the timeout; executions before `reached` had returned.
        case hung(reached: UInt64)
    }

    let executable: URL
    let root: URL

    /// Runs executions `start..<start + count` of `target` with `seed` in a child process.
    func run(target: String, seed: UInt64, start: UInt64, count: UInt64, timeout: Double) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["worker", target, "--seed", String(seed), "--start", String(start),
                             "--count", String(count), "--root", root.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let fd = pipe.fileHandleForReading.fileDescriptor
        var reached = start
        var pending = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(timeout * 1000))
            if ready == 0 {
                process.terminate()
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                return .hung(reached: reached)
            }
            let n = read(fd, &buffer, buffer.count)
            if n <= 0 { break }
            pending += buffer[0..<n]
            while let newline = pending.firstIndex(of: 0x0A) {
                if let value = UInt64(String(decoding: pending[..<newline], as: UTF8.self)) { reached = value }
                pending.removeSubrange(...newline)
            }
        }
        process.waitUntilExit()
        if process.terminationReason == .exit, process.terminationStatus == 0 { return .finished }
        return .crashed(reached: reached, status: process.terminationStatus)
    }
}
