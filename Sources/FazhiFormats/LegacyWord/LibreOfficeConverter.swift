import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Converts a legacy Word document (.doc, .wps, .rtf) to .docx with LibreOffice, headless.
///
/// Each conversion runs in a folder of its own with a private LibreOffice profile (no other
/// conversion's settings or locks, nothing left behind), in a session of its own so that the whole
/// process tree is killed when it overruns `seconds`, and with macros off (LibreOffice's default).
public enum LibreOfficeConverter {
    public enum Failure: Error, Equatable, Sendable {
        case unavailable
        case timedOut(seconds: Double)
        case failed(String)
    }

    /// The `soffice` program: `FAZHI_SOFFICE`, else the first on `PATH`.
    public static var program: String? {
        if let set = ProcessInfo.processInfo.environment["FAZHI_SOFFICE"], !set.isEmpty { return set }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The .docx LibreOffice makes of `data` (a file whose kind `fileExtension` names: doc, wps, rtf).
    public static func docx(_ data: Data, fileExtension: String, seconds: Double) throws(Failure) -> Data {
        guard let program else { throw .unavailable }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("fazhi-convert-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        let input = work.appendingPathComponent("in/report.\(fileExtension)")
        let output = work.appendingPathComponent("out")
        do {
            try fm.createDirectory(at: input.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createDirectory(at: output, withIntermediateDirectories: true)
            try data.write(to: input)
        } catch {
            throw .failed("cannot write a temporary file: \(error.localizedDescription)")
        }
        let process = Process()
        // setsid: its own session and process group, so that a kill reaches soffice.bin too.
        // The shell lifts the soft limits a worker process sets on itself (LibreOffice maps far more
        // address space than it uses); the conversion has its own time limit.
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        process.arguments = ["/bin/sh", "-c", #"ulimit -S -v unlimited 2>/dev/null; ulimit -S -t unlimited 2>/dev/null; exec "$@""#, "sh",
                             program, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                             "-env:UserInstallation=file://\(work.path)/profile",
                             "--convert-to", "docx:MS Word 2007 XML", "--outdir", output.path, input.path]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": work.path, "LANG": "C.UTF-8"]
        process.standardInput = FileHandle.nullDevice
        let log = work.appendingPathComponent("log")
        fm.createFile(atPath: log.path, contents: nil)
        let logHandle = try? FileHandle(forWritingTo: log)
        process.standardOutput = logHandle ?? FileHandle.nullDevice
        process.standardError = logHandle ?? FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw .failed("cannot start \(program): \(error.localizedDescription)")
        }
        if done.wait(timeout: .now() + seconds) == .timedOut {
            kill(-process.processIdentifier, SIGKILL)
            done.wait()
            throw .timedOut(seconds: seconds)
        }
        try? logHandle?.close()
        let converted = output.appendingPathComponent("report.docx")
        guard let docx = try? Data(contentsOf: converted), !docx.isEmpty else {
            let said = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            let line = said.split(whereSeparator: \.isNewline).last { $0.contains("Error") || $0.contains("error") }
            throw .failed(line.map { String($0.prefix(160)) } ?? "LibreOffice made no .docx of it (exit \(process.terminationStatus))")
        }
        return docx
    }
}
