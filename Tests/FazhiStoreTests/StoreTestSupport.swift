import FazhiCore
import Foundation
@testable import FazhiStore

/// A temporary database file for a test, removed afterwards.
struct TemporaryStore {
    let directory: URL
    let store: SQLiteStore

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteStore(path: directory.appendingPathComponent("fazhi.sqlite").path)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func sample(_ prefix: String) throws -> (name: String, data: Data) {
        let dir = packageRoot.appendingPathComponent("samples")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") } ?? prefix
        return (name, try Data(contentsOf: dir.appendingPathComponent(name)))
    }
}
