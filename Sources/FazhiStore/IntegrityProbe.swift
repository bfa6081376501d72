import Foundation
import GRDB

/// Whether a database's pages and indexes are sound, and if not which tables and indexes are
/// damaged, by name. Writers run ``check(_:)`` before they store anything (a damaged index would
/// otherwise answer "already stored" for every report, or lose rows), `fazhi db check` runs
/// ``problems(_:)``.
///
/// The writers' check is SQLite's `PRAGMA quick_check`: every page of every table and index is
/// read and their structure verified (not that each index matches its table row by row, which is
/// `integrity_check`, `fazhi db check`'s). Its cost is one read of the file: measured in
/// docs/databases.md.
enum IntegrityProbe {
    /// Throws ``StoreError/Cause/damaged(_:)`` naming the damaged tables and indexes, if any.
    static func check(_ writer: some DatabaseWriter, path: String) throws {
        // Outside a transaction: SQLite rolls back a read that met a damaged page, and GRDB would
        // then report the damage for the whole read instead of the rows already given.
        let names = try writer.unsafeRead { db -> [String]? in
            let messages = try self.messages(db, pragma: "quick_check(20)")
            return messages.isEmpty ? nil : try damagedObjects(messages, db)
        }
        guard let names else { return }
        throw StoreError(location: path, cause: .damaged(names.isEmpty ? "a page is damaged" : names.joined(separator: ", ")))
    }

    /// `integrity_check`'s findings, each with the table or index it concerns: the one SQLite names
    /// by its root page ("Tree 7 page 31 cell 2: …"), else the tables whose own check fails. Run
    /// outside a transaction (see ``check(_:path:)``).
    static func problems(_ db: Database) throws -> [String] {
        let messages = try self.messages(db, pragma: "integrity_check(100)")
        guard !messages.isEmpty else { return [] }
        let roots = try rootPages(db)
        let unnamed = messages.contains { treeRoot(in: $0).flatMap { roots[$0] } == nil }
        let broken = unnamed ? try failingTables(db) : []
        return messages.map { message in
            if let root = treeRoot(in: message), let object = roots[root] { return "\(object): \(message)" }
            return broken.isEmpty ? message : "\(broken.joined(separator: ", ")): \(message)"
        }
    }

    /// The rows of an integrity pragma, without "*** in database main ***"; empty when it says
    /// "ok". SQLite may stop with SQLITE_CORRUPT after the rows it could give: those are kept.
    static func messages(_ db: Database, pragma: String) throws -> [String] {
        var rows: [String] = []
        do {
            let cursor = try String.fetchCursor(db, sql: "PRAGMA \(pragma)")
            while let row = try cursor.next() { rows.append(row) }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            if rows.isEmpty { rows.append(error.message ?? "database disk image is malformed") }
        }
        let header = "*** in database main ***\n"
        return rows == ["ok"] ? [] : rows.map { $0.hasPrefix(header) ? String($0.dropFirst(header.count)) : $0 }
    }

    /// The names of the tables and indexes the messages speak of, in order; when some name no
    /// tree, the trees that cannot be walked.
    static func damagedObjects(_ messages: [String], _ db: Database) throws -> [String] {
        let roots = (try? rootPages(db)) ?? [:]
        var names: [String] = []
        var unnamed = false
        for message in messages {
            var name = treeRoot(in: message).flatMap { roots[$0] }
            if name == nil, let range = message.range(of: "from index ") {
                name = "index " + message[range.upperBound...].prefix { !$0.isWhitespace }
            }
            if let name, !names.contains(name) { names.append(name) } else if name == nil { unnamed = true }
        }
        if unnamed { names += try failingTables(db).filter { !names.contains($0) } }
        return names
    }

    /// The tables (with their indexes) whose own `quick_check` fails, for findings that name only
    /// a page ("Page 33: btreeInitPage() returns error code 11"): on the error path only, as it
    /// reads the file again.
    static func failingTables(_ db: Database) throws -> [String] {
        let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND rootpage > 0 ORDER BY rootpage")
        return try tables.filter { !(try messages(db, pragma: "quick_check(\"\($0)\")")).isEmpty }.map { "table \($0)" }
    }

    /// Every table's and index's root page: "table report", "index report_contentKey".
    static func rootPages(_ db: Database) throws -> [Int: String] {
        var roots: [Int: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT type, name, rootpage FROM sqlite_schema WHERE rootpage > 0") {
            roots[row["rootpage"]] = "\(row["type"] as String) \(row["name"] as String)"
        }
        return roots
    }

    /// N in "Tree N page …" (SQLite 3.40's integrity_check), or in "Page N: …" (a page that could
    /// not be read at all: named when it is a tree's root).
    static func treeRoot(in message: String) -> Int? {
        for prefix in ["Tree ", "Page "] where message.hasPrefix(prefix) {
            return Int(message.dropFirst(prefix.count).prefix { $0.isNumber })
        }
        return nil
    }
}
