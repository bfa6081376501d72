import FazhiCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker's side (`fazhi worker`, started by ``WorkerPool``): reads request frames on stdin,
/// answers each with a frame on stdout, until stdin ends. Before each request it moves its CPU
/// limit to what it has used plus the budget; once warmed up it limits its address space to what it
/// holds plus the memory budget. The kernel enforces both: the parent sees the death and says why.
public enum WorkerLoop {
    /// Runs until stdin ends; returns the exit status.
    public static func run(budget: Budget) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        Limits.noCoreFiles()
        let hook = FaultHook.fromEnvironment()
        // Loads the dictionaries, gazetteer and rules, so the memory budget counts a file's own needs.
        _ = Work.perform(.render(bytes: Data(warmUpText.utf8), name: "warm-up.txt", format: .json, publishedOn: nil))
        if budget.memoryMB > 0 { Limits.limitAddressSpace(extraMB: budget.memoryMB) }
        while let message = readFrame() {
            var reader = WireReader(message)
            let request: WorkRequest
            do {
                request = try WorkRequest.read(from: &reader)
            } catch {
                FileHandle.standardError.write(Data("fazhi worker: a request cannot be read (\(error))\n".utf8))
                return 2
            }
            Limits.limitCPU(moreSeconds: budget.cpuSeconds)
            hook?.act(on: request.bytes)
            var frame = WireWriter.frame()
            do {
                try Work.perform(request, beforeOCR: { pages in
                    // Reading scanned pages takes far longer than reading text: each page gets its
                    // allowance of CPU on top of the budget, and the parent moves its deadline.
                    let seconds = pages * Budget.ocrSecondsPerPage
                    Limits.limitCPU(moreSeconds: budget.cpuSeconds + seconds)
                    var header = [UInt8](repeating: 0, count: 8)
                    let value = UInt64(seconds) | WorkerProcess.moreTimeFlag
                    for i in 0..<8 { header[i] = UInt8(truncatingIfNeeded: value >> (8 * i)) }
                    _ = writeAll(header)
                }).write(to: &frame)
            } catch {
                frame = WireWriter.frame()
                try? WorkResult.refused(InputError(file: request.name, reason: .unreadable("\(error)"))).write(to: &frame)
            }
            frame.sealFrame()
            guard writeAll(frame.bytes) else { return 0 }
        }
        return 0
    }

    static let warmUpText = """
        某县人民政府关于2023年法治政府建设情况的报告
        一、主要举措和成效
        全年办理行政复议案件120件,同比增长15%。
        二、存在的不足和原因
        一些领域执法规范化水平仍需提高。
        三、下一年度工作安排
        继续深化行政执法体制改革。
        """

    /// One frame from stdin, or nil at its end.
    private static func readFrame() -> [UInt8]? {
        guard let header = readExactly(8) else { return nil }
        var length: UInt64 = 0
        for i in 0..<8 { length |= UInt64(header[i]) << (8 * i) }
        guard length <= 1 << 31 else { return nil }
        return readExactly(Int(length))
    }

    private static func readExactly(_ count: Int) -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress! + done, count - done) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return buffer
    }

    private static func writeAll(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(1, raw.baseAddress! + done, raw.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }
}
