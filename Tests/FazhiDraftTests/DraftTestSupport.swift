import FazhiCore
import FazhiDraft
import Foundation

/// The sample ledger (built from seed 002's figures) and helpers shared by the drafting tests.
enum Sample {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let ledgerPath = root.appendingPathComponent("samples/ledgers/wuqing-2023.yaml")
    static let jsonPath = root.appendingPathComponent("samples/ledgers/wuqing-2023.json")
    static let seed002 = root.appendingPathComponent("samples/002_d673bbc54b047a03.txt")

    static func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }
    static var ledgerText: String { get throws { try text(ledgerPath) } }

    /// The ledger's text with the first line containing `old` changed to `new` (the whole line when `new`
    /// has no `old` to replace), and the 1-based number of that line.
    static func replacing(_ old: String, with new: String, in text: String) -> (text: String, line: Int) {
        var lines = text.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.contains(old) }) else { return (text, 0) }
        lines[index] = lines[index].replacingOccurrences(of: old, with: new)
        return (lines.joined(separator: "\n"), index + 1)
    }

    /// The (indicator, value) pairs of an analysis.
    static func indicatorValues(_ analysis: Analysis) -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for q in analysis.quantities { if let id = q.indicator { result[id, default: []].append(q.value) } }
        return result
    }
}

/// Runs a program and returns its exit status and standard output.
enum Tool {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func run(_ path: String, _ arguments: [String], environment: [String: String] = [:]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The first of `names` found on the PATH (or in /usr/bin), or a failure naming the Debian package.
    static func find(_ names: [String], package: String) throws -> String {
        let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/bin:/usr/local/bin"
        for dir in path.split(separator: ":") {
            for name in names where FileManager.default.isExecutableFile(atPath: "\(dir)/\(name)") {
                return "\(dir)/\(name)"
            }
        }
        throw Failure(description: "\(names[0]) is not installed: scripts/install-deps.sh installs \(package)")
    }
}
