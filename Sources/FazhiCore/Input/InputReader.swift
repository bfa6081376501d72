import Foundation

// TEMPORARY: replaced by the input branch.
public enum InputReader {
    public static func read(path: String, maxBytes: Int = 20_000_000) throws -> SourceDocument {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard FileManager.default.fileExists(atPath: path) else { throw InputError(file: path, reason: .notFound) }
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError(file: path, reason: .undecodable) }
        return SourceDocument(name: path, format: .text, encoding: "utf-8", original: text)
    }
}
