import Foundation
@testable import FazhiCore

/// The published sample reports (samples/*.txt, UTF-8) and the input fixtures.
enum InputSamples {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    /// Sample file names, sorted: 000_… to 004_….
    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.sorted()
    }()

    /// The text of the sample whose name starts with `prefix` ("002").
    static func text(_ prefix: String) -> String {
        guard let name = names.first(where: { $0.hasPrefix(prefix) }),
            let data = try? Data(contentsOf: directory.appendingPathComponent(name))
        else { return "" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Sample 004 with the two characters Big5 lacks (産, 着) in their Big5 forms (產, 著).
    static var big5Text: String {
        text("004").replacingOccurrences(of: "産", with: "產").replacingOccurrences(of: "着", with: "著")
    }

    /// The bytes of `Fixtures/input/<name>`.
    static func fixture(_ name: String) -> Data {
        let url = Bundle.module.url(forResource: "Fixtures/input/\(name)", withExtension: nil)
        return url.flatMap { try? Data(contentsOf: $0) } ?? Data()
    }
}

/// A scratch directory for files the error tests write, removed at deinit.
final class ScratchDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-input-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `data` to a file named `name` and returns its path.
    func write(_ data: Data, as name: String) -> String {
        let file = url.appendingPathComponent(name)
        try? data.write(to: file)
        return file.path
    }
}

extension String {
    /// The code-point range of the first occurrence of `needle`.
    func scalarRange(of needle: String) -> TextRange? {
        let haystack = Array(unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
            if Array(haystack[start..<(start + pattern.count)]) == pattern {
                return TextRange(start: start, end: start + pattern.count)
            }
        }
        return nil
    }

    /// The code points in `range`.
    func scalars(in range: TextRange) -> String {
        let all = Array(unicodeScalars)
        let clamped = min(range.start, all.count)..<min(range.end, all.count)
        return String(String.UnicodeScalarView(all[clamped]))
    }

    /// The lines with blanks trimmed, empty ones left out.
    var trimmedLines: [String] {
        split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            let trimmed = ArraySlice(Array(line.unicodeScalars)).trimmingBlanks()
            return trimmed.isEmpty ? nil : String(String.UnicodeScalarView(trimmed))
        }
    }
}
