import Foundation

/// Responses gathered inside the test client's closure.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var items: [[String: Any]] = []
    func add(_ item: [String: Any]) { lock.withLock { items.append(item) } }
}

/// Runs the system Python 3 (Debian's, which has python3-jsonschema).
enum Python {
    struct Run {
        var status: Int32
        var output: String
    }

    static var executable: String {
        ProcessInfo.processInfo.environment["FAZHI_PYTHON"] ?? (FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3")
    }

    static func run(_ arguments: [String]) throws -> Run {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [executable] + arguments)
    }

    /// Runs `executable` to its end, its output and errors together.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
