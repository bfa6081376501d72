import FazhiCore
import Foundation
import GRDB
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

    /// A database file as an older release left it: migrated up to `version` only, with `reports`
    /// stored by that schema's means. Remove `directory` afterwards.
    static func oldDatabase(upTo version: String, storing reports: [IncomingReport]) throws -> (directory: URL, path: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-old-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("fazhi.sqlite").path
        var config = Configuration()
        config.prepareDatabase { db in
            db.add(tokenizer: HanTokenizer.self)
            db.add(tokenizer: BigramTokenizer.self)
        }
        let queue = try DatabaseQueue(path: path, configuration: config)
        try Migrations.migrator.migrate(queue, upTo: version)
        // The rows as that schema had them: columns added by later migrations (docType) left out.
        let existing = try queue.read { db in Set(try db.columns(in: "report").map(\.name)) }
        let rows = reports.map { report in
            var rows = ReportRows(report)
            let keep = rows.columns.indices.filter { existing.contains(rows.columns[$0]) }
            rows.columns = keep.map { rows.columns[$0] }
            rows.values = keep.map { rows.values[$0] }
            return rows
        }
        _ = try queue.write { db in
            let statements = try InsertStatements(db, reportColumns: rows[0].columns)
            defer { statements.finalize() }
            return try rows.map { try $0.insert(statements, db) }
        }
        try queue.close()
        return (directory, path)
    }
}
