import Foundation

/// Runs the built `fazhi` binary the way a user does, capturing its output and exit code.
enum CLI {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (two levels above this file's folder).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built next to the test bundle.
    static var binary: URL {
        let bundle = Bundle.main.bundleURL
        for dir in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("fazhi")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/fazhi")
    }

    /// Ingests the samples into `c.sqlite` in a new temporary folder, calls `body` with the database's path
    /// and the folder, and removes the folder.
    static func withSampleCorpus<T>(_ body: (_ db: String, _ dir: URL) throws -> T) throws -> T {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        let ingest = try run(["ingest", "--db", db, "--quiet", "samples"])
        guard ingest.status == 0 else { throw Failure(description: "ingesting the samples failed: \(ingest.stderr)") }
        return try body(db, dir)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs the binary with `arguments`; `launcher` (a command and its arguments) runs it instead,
    /// the binary's path and `arguments` following.
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    launcher: [String] = []) throws -> Run {
        let process = Process()
        process.executableURL = launcher.first.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = launcher.isEmpty ? arguments : Array(launcher.dropFirst()) + [binary.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = packageRoot
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   stdout: String(decoding: outData, as: UTF8.self),
                   stderr: String(decoding: errData, as: UTF8.self))
    }
}
