import Foundation

/// Reads .xlsx files back with openpyxl (`read_xlsx.py` beside this file): a reader written independently
/// of ours, so a test passes only if another implementation understands the file.
///
/// The interpreter is `$FAZHI_PYTHON` if set, else the first of `python3` on the `PATH` and
/// `/usr/bin/python3` that imports openpyxl (Debian's `python3-openpyxl`, which `scripts/install-deps.sh`
/// installs, serves the system Python, not a pyenv `python3` ahead of it on the `PATH`). Without one,
/// every read fails with a message saying how to install it: the tests fail, they are never skipped.
public enum OpenpyxlReader {
    /// A workbook as openpyxl sees it.
    public struct Book: Decodable, Sendable {
        public var entries: [String]
        public var title: String?
        public var creator: String?
        /// The creation time, `2023-11-14T22:13:20` (UTC).
        public var created: String?
        public var sheets: [Sheet]
    }

    /// One worksheet: its view, filter, widths, header style, links and every cell.
    public struct Sheet: Decodable, Sendable {
        public var name: String
        public var freezePanes: String?
        public var autoFilter: String?
        public var widths: [String: Double?]
        public var headerBold: [Bool]
        public var headerFill: [String?]
        public var links: [String: String]
        public var rows: [[Cell]]
    }

    /// A cell: openpyxl's Python type (`int`, `float`, `str`, `date`, `empty`), value and number format.
    public struct Cell: Decodable, Sendable {
        public var type: String
        public var value: Value?
        public var format: String
        public var wrap: Bool
    }

    /// A JSON scalar.
    public enum Value: Decodable, Equatable, Sendable {
        case int(Int)
        case double(Double)
        case string(String)
        case bool(Bool)

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Int.self) {
                self = .int(value)
            } else if let value = try? container.decode(Double.self) {
                self = .double(value)
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else {
                self = .string(try container.decode(String.self))
            }
        }
    }

    /// Row counts read in openpyxl's read-only mode.
    public struct Counts: Decodable, Sendable {
        public struct Sheet: Decodable, Sendable {
            public var name: String
            public var rows: Int
            public var last: [Value?]
        }
        public var sheets: [Sheet]
    }

    /// Why a file could not be read back; the description says what to install.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("read_xlsx.py")

    /// Everything openpyxl reads from the file.
    public static func read(_ file: URL) throws -> Book {
        try decode(Book.self, helper([file.path]))
    }

    /// Each sheet's row count and last row, read quickly.
    public static func counts(_ file: URL) throws -> Counts {
        try decode(Counts.self, helper(["--count", file.path]))
    }

    /// Lets `write` write a temporary .xlsx file, reads it back with `read` and removes it.
    public static func readBack<T>(_ read: (URL) throws -> T, writtenBy write: (URL) throws -> Void) throws -> T {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try write(file)
        return try read(file)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: data)
    }

    /// The Python interpreter that imports openpyxl, found once.
    static let python: Result<String, Failure> = {
        let environment = ProcessInfo.processInfo.environment["FAZHI_PYTHON"].map { [$0] }
        let candidates = environment ?? ["python3", "/usr/bin/python3"]
        for candidate in candidates {
            if let probe = try? run(candidate, ["-c", "import openpyxl"]), probe.status == 0 {
                return .success(candidate)
            }
        }
        return .failure(Failure(description: """
            openpyxl is not installed for \(candidates.joined(separator: " or ")): the .xlsx tests read files \
            back with it. Run scripts/install-deps.sh (Debian: apt-get install python3-openpyxl), or set \
            FAZHI_PYTHON to a Python that has it.
            """))
    }()

    /// Runs the helper with openpyxl's Python and returns its standard output.
    private static func helper(_ arguments: [String]) throws -> Data {
        let python = try python.get()
        let result = try run(python, [script.path] + arguments)
        guard result.status == 0 else {
            throw Failure(description: "read_xlsx.py (\(python)) exited with \(result.status): \(result.errors)")
        }
        return result.output
    }

    /// Runs `python` (a path, or a name looked up on the `PATH`), collecting its output and messages.
    private static func run(_ python: String, _ arguments: [String]) throws -> (status: Int32, output: Data, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python] + arguments
        let output = Pipe()
        // Messages go to a file, so that a full pipe of them cannot stall the helper while we read its output.
        let errors = FileManager.default.temporaryDirectory
            .appendingPathComponent("read_xlsx-\(UUID().uuidString).stderr")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw Failure(description: "cannot create \(errors.path) for the helper's messages")
        }
        defer { try? FileManager.default.removeItem(at: errors) }
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run \(python): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        return (process.terminationStatus, data, message.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
