import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One worker: a `fazhi worker` child process, its stdin and stdout pipes, and a file that keeps
/// what it writes to stderr (read after a death to tell a memory budget from a crash).
///
/// A request is one frame (an 8-byte little-endian length, then the message) on its stdin; the
/// answer one frame on its stdout. Used by one thread at a time (``WorkerPool`` sees to it).
final class WorkerProcess {
    let pid: pid_t
    private let input: Int32
    private let output: Int32
    private let errors: Int32

    /// Held while pipes are made and a worker is started, so that no worker inherits the pipe
    /// ends of another (which would keep that one's stdin from ever ending).
    private static let spawning = NSLock()

    /// Starts `executable arguments` with the pipes and the stderr file.
    init(executable: String, arguments: [String]) throws(WorkerDeath) {
        Self.spawning.lock()
        defer { Self.spawning.unlock() }
        let toChild = try Self.pipe()
        let fromChild: (read: Int32, write: Int32)
        do {
            fromChild = try Self.pipe()
        } catch {
            close(toChild.read); close(toChild.write)
            throw error
        }
        let errorFile = Self.errorFile()
        defer {
            close(toChild.read)
            close(fromChild.write)
        }
        #if canImport(Glibc)
        var actions = posix_spawn_file_actions_t()
        #else
        var actions: posix_spawn_file_actions_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild.read, 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild.write, 1)
        if errorFile >= 0 { posix_spawn_file_actions_adddup2(&actions, errorFile, 2) }
        Self.closeTheRest(&actions)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for arg in argv { free(arg) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard rc == 0 else {
            close(toChild.write); close(fromChild.read)
            if errorFile >= 0 { close(errorFile) }
            throw .cannotStart("\(executable): \(String(cString: strerror(rc)))")
        }
        self.pid = pid
        input = toChild.write
        output = fromChild.read
        errors = errorFile
    }

    #if canImport(Glibc)
    private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not declare.
    private static let closeFrom: CloseFrom? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
        .map { unsafeBitCast($0, to: CloseFrom.self) }

    /// Nothing of the parent's but the three standard streams reaches the worker: not the portal's
    /// listening socket, not a database, not a pipe of the parent's own parent (which would then
    /// wait for the worker as for the parent).
    private static func closeTheRest(_ actions: inout posix_spawn_file_actions_t) {
        // Older C libraries (before 2.34) lack it; the worker then inherits what is not close-on-exec.
        _ = closeFrom?(&actions, 3)
    }
    #else
    private static func closeTheRest(_ actions: inout posix_spawn_file_actions_t?) {}
    #endif

    /// Sends `request` and waits for the answer, at most `budget.wallSeconds`. After a failure the
    /// worker is gone (killed and reaped) and this object is not to be used again.
    func perform(_ request: WorkRequest, budget: Budget) -> Result<WorkResult, WorkerDeath> {
        let errorsBefore = errorSize()
        var frame = WireWriter.frame()
        request.write(to: &frame)
        frame.sealFrame()
        guard writeAll(frame.bytes) else { return .failure(reap(budget: budget, errorsBefore: errorsBefore)) }
        var deadline = Date().addingTimeInterval(Double(budget.wallSeconds))
        var answer = readFrame(deadline: deadline)
        // OCR: the worker has raised its own CPU limit by the pages' allowance; the wall-clock
        // deadline moves by three times as much, as the budget's does.
        while case .moreTime(let seconds) = answer {
            deadline = deadline.addingTimeInterval(Double(3 * seconds))
            answer = readFrame(deadline: deadline)
        }
        switch answer {
        case .message(let bytes):
            var reader = WireReader(bytes)
            do {
                return .success(try WorkResult.read(from: &reader, answering: request))
            } catch {
                kill(pid, SIGKILL)
                _ = reap(budget: budget, errorsBefore: errorsBefore)
                return .failure(.badAnswer("\(error)"))
            }
        case .ended:
            return .failure(reap(budget: budget, errorsBefore: errorsBefore))
        case .late, .moreTime:
            kill(pid, SIGKILL)
            _ = reap(budget: budget, errorsBefore: errorsBefore)
            return .failure(.noAnswer(seconds: budget.wallSeconds))
        }
    }

    /// Closes the worker's stdin (it exits at the end of its input) and waits for it.
    func stop() {
        close(input)
        var status: Int32 = 0
        _ = waitpid(pid, &status, 0)
        close(output)
        if errors >= 0 { close(errors) }
    }

    // MARK: - Death

    /// Waits for the worker to end, closes its pipes, and says why it ended.
    private func reap(budget: Budget, errorsBefore: Int) -> WorkerDeath {
        close(input)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(output)
        let text = errorText(since: errorsBefore)
        if errors >= 0 { close(errors) }
        // The first line is the runtime's own (a backtrace follows it).
        let said = text.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
            .map { String($0.trimmingCharacters(in: .whitespaces).prefix(200)) }
        let signal = status & 0x7F
        if signal == SIGXCPU { return .overTime(cpuSeconds: budget.cpuSeconds) }
        if budget.memoryMB > 0, Self.meansOutOfMemory(text) { return .overMemory(megabytes: budget.memoryMB) }
        if signal != 0 { return .crashed(signal: signal, message: said) }
        return .exited(status: (status >> 8) & 0xFF, message: said)
    }

    /// Whether a worker's last words say an allocation failed (the address-space limit reached).
    static func meansOutOfMemory(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.contains("allocate") || lower.contains("out of memory") || lower.contains("bad_alloc")
    }

    private func errorSize() -> Int {
        guard errors >= 0 else { return 0 }
        var info = stat()
        return fstat(errors, &info) == 0 ? Int(info.st_size) : 0
    }

    /// What the worker wrote to stderr since `start` (its first 4 KB).
    private func errorText(since start: Int) -> String {
        let end = errorSize()
        guard end > start else { return "" }
        var buffer = [UInt8](repeating: 0, count: min(end - start, 4096))
        let n = buffer.withUnsafeMutableBytes { pread(errors, $0.baseAddress, $0.count, off_t(start)) }
        return n > 0 ? String(decoding: buffer.prefix(n), as: UTF8.self) : ""
    }

    // MARK: - Pipes

    private func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(input, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }

    private enum Answer {
        case message([UInt8])
        /// The worker asks for this many more seconds (it has pages to read by OCR).
        case moreTime(Int)
        case ended
        case late
    }

    /// A frame header with this bit set is no message but a request for more time: the low bits are
    /// the seconds.
    static let moreTimeFlag: UInt64 = 1 << 63

    /// One frame from the worker's stdout, unless it ends first or `deadline` passes.
    private func readFrame(deadline: Date) -> Answer {
        var header = [UInt8]()
        guard let ended = readExactly(8, into: &header, deadline: deadline) else { return .late }
        guard !ended else { return .ended }
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(header[i]) << (8 * i) }
        if length & Self.moreTimeFlag != 0 { return .moreTime(Int(min(length & ~Self.moreTimeFlag, 86_400))) }
        guard length < UInt64(Int.max / 2) else { return .ended }
        var body = [UInt8]()
        body.reserveCapacity(Int(length))
        guard let bodyEnded = readExactly(Int(length), into: &body, deadline: deadline) else { return .late }
        return bodyEnded ? .ended : .message(body)
    }

    /// Reads `count` bytes; true when the pipe ended first, nil when the deadline passed.
    private func readExactly(_ count: Int, into buffer: inout [UInt8], deadline: Date) -> Bool? {
        var chunk = [UInt8](repeating: 0, count: min(max(count, 1), 1 << 20))
        while buffer.count < count {
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var poller = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left * 1000, 60_000)) + 1)
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            let want = min(chunk.count, count - buffer.count)
            let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, want) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return true }
            buffer.append(contentsOf: chunk.prefix(n))
        }
        return false
    }

    private static func pipe() throws(WorkerDeath) -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        // Close-on-exec at once, under the spawn lock: no other worker may inherit these ends.
        #if canImport(Glibc)
        let rc = Glibc.pipe(&fds)
        #else
        let rc = Darwin.pipe(&fds)
        #endif
        if rc == 0 { for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) } }
        guard rc == 0 else { throw .cannotStart("no pipe: \(String(cString: strerror(errno)))") }
        return (fds[0], fds[1])
    }

    /// An unlinked temporary file for the worker's stderr, or -1 (stderr is then inherited).
    private static func errorFile() -> Int32 {
        var template = Array((NSTemporaryDirectory() + "/fazhi-worker-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { return -1 }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        return fd
    }
}
