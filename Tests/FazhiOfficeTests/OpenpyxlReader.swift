import Foundation
import Testing

/// Reads .xlsx files back with openpyxl (`Helpers/read_xlsx.py`, run by `python3`): a reader written
/// independently of ours, so a test passes only if another implementation understands the file.
enum OpenpyxlReader {
    /// A workbook as openpyxl sees it.
    struct Book: Decodable {
        var entries: [String]
        var title: String?
        var creator: String?
        var sheets: [Sheet]
    }

    struct Sheet: Decodable {
        var name: String
        var freezePanes: String?
        var autoFilter: String?
        var widths: [String: Double?]
        var headerBold: [Bool]
        var headerFill: [String?]
        var links: [String: String]
        var rows: [[Cell]]
    }

    struct Cell: Decodable {
        var type: String
        var value: Value?
        var format: String
        var wrap: Bool
    }

    /// A JSON scalar.
    enum Value: Decodable, Equatable {
        case int(Int)
        case double(Double)
        case string(String)
        case bool(Bool)

        init(from decoder: any Decoder) throws {
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
    struct Counts: Decodable {
        struct Sheet: Decodable {
            var name: String
            var rows: Int
            var last: [Value?]
        }
        var sheets: [Sheet]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Helpers/read_xlsx.py")

    /// Everything openpyxl reads from the file.
    static func read(_ file: URL) throws -> Book {
        try decode(Book.self, run([file.path]))
    }

    /// Each sheet's row count and last row, read quickly.
    static func counts(_ file: URL) throws -> Counts {
        try decode(Counts.self, run(["--count", file.path]))
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ data: Data) throws -> T {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(type, from: data)
    }

    /// Runs the helper and returns its standard output; fails with the reason when python3 or openpyxl is missing.
    private static func run(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        let output = Pipe()
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
            throw Failure(description: "cannot run python3 (needed to read .xlsx files back with openpyxl): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        switch process.terminationStatus {
        case 0:
            return data
        case 3:
            throw Failure(description: message.trimmingCharacters(in: .whitespacesAndNewlines))
        case 127:
            throw Failure(description: "python3 is not installed; the .xlsx tests read files back with it and openpyxl")
        case let status:
            throw Failure(description: "read_xlsx.py exited with \(status): \(message)")
        }
    }
}
