import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresStore {
    public func save(_ report: IncomingReport) throws -> SaveOutcome {
        try save(batch: [report])[0]
    }

    public func save(batch: [IncomingReport]) throws -> [SaveOutcome] {
        try save(prepared: batch.map { $0.prepared() })
    }

    /// Stores a batch in one transaction, reports in the batch's order (ids follow it, as in the
    /// embedded store). A report another process stored (or is storing: the insert waits for its
    /// transaction) is a duplicate, decided by the UNIQUE constraint on the content key. Two
    /// processes storing overlapping batches in different orders can deadlock; PostgreSQL then
    /// aborts one transaction, which ``transaction(_:)`` runs again.
    public func save(prepared: [PreparedReport]) throws -> [SaveOutcome] {
        guard !prepared.isEmpty else { return [] }
        let rows = prepared.map(\.rows)
        let logger = self.logger
        let outcomes = try transaction { connection in
            var outcomes = [SaveOutcome?](repeating: nil, count: rows.count)
            var children = ChildRows()
            for i in rows.indices {
                let outcome = try await Self.insertReport(rows[i], connection, logger)
                outcomes[i] = outcome
                if case .stored(let id) = outcome { children.add(rows[i], id: id) }
            }
            try await children.insert(connection, logger)
            return outcomes.map { $0! }
        }
        return outcomes
    }

    public func replaceAnalysis(_ report: IncomingReport, id: Int64) throws {
        let rows = report.prepared().rows
        let logger = self.logger
        try transaction { connection in
            let columns = rows.report.keys.filter { $0 != "contentKey" && $0 != "original" && $0 != "ingestedAt" }.sorted()
            let sql = "UPDATE report SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
            try await connection.query(.sql(sql, columns.map { SQLValue(rows.report[$0] ?? nil) } + [.int(Int(id))]), logger: logger)
            for table in ["paragraph", "quantity", "finding"] {
                try await connection.query(.sql("DELETE FROM \(table) WHERE reportId = ?", [.int(Int(id))]), logger: logger)
            }
            var children = ChildRows()
            children.add(rows, id: id)
            try await children.insert(connection, logger)
        }
    }

    public func delete(id: Int64) throws -> Bool {
        // Paragraphs, figures and findings go with it (ON DELETE CASCADE).
        let logger = self.logger
        return try transaction { connection in
            let deleted = try await connection.query(.sql("DELETE FROM report WHERE id = ? RETURNING id", [.int(Int(id))]), logger: logger)
            for try await _ in deleted.decode(Int64.self) { return true }
            return false
        }
    }

    private static func insertReport(_ rows: ReportRows, _ connection: PostgresConnection, _ logger: Logger) async throws -> SaveOutcome {
        let columns = rows.report.keys.sorted()
        let sql = """
            INSERT INTO report (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT ON CONSTRAINT report_content_unique DO NOTHING RETURNING id
            """
        let inserted = try await connection.query(.sql(sql, columns.map { SQLValue(rows.report[$0] ?? nil) }), logger: logger)
        for try await id in inserted.decode(Int64.self) { return .stored(id) }
        let existing = try await connection.query("SELECT id FROM report WHERE contentKey = \(rows.key)", logger: logger)
        for try await id in existing.decode(Int64.self) { return .duplicate(id) }
        throw PostgresFailure(reason: "report \(rows.key) neither stored nor found", location: "postgres")
    }
}

/// The paragraphs, figures and findings of the reports a transaction stores, inserted a few
/// thousand rows per statement (a round trip per row would dominate an ingest).
struct ChildRows {
    var paragraphs: [[SQLValue]] = []
    var quantities: [[SQLValue]] = []
    var findings: [[SQLValue]] = []

    mutating func add(_ rows: ReportRows, id: Int64) {
        let reportID = SQLValue.int(Int(id))
        for p in rows.paragraphs {
            // p: ordinal, part, areas, start, end, text, normalized
            let normalized = p[6] as? String ?? ""
            paragraphs.append([reportID] + p.map { SQLValue($0) } + [.texts(PostgresSearch.tokens(normalized))])
        }
        quantities += rows.quantities.map { [reportID] + $0.map { SQLValue($0) } }
        findings += rows.findings.map { [reportID] + $0.map { SQLValue($0) } }
    }

    func insert(_ connection: PostgresConnection, _ logger: Logger) async throws {
        try await Self.insert(into: "paragraph", ["reportId", "ordinal", "part", "areas", "start", "\"end\"", "text", "normalized", "tokens"],
                              last: "array_to_tsvector(?::text[])", paragraphs, connection, logger)
        try await Self.insert(into: "quantity", ["reportId", "indicator", "value", "unit", "approx", "change", "text", "start", "\"end\"",
                                                 "sentenceStart", "sentenceEnd"], quantities, connection, logger)
        try await Self.insert(into: "finding", ["reportId", "rule", "subject", "severity", "message", "start", "\"end\""],
                              findings, connection, logger)
    }

    /// Multi-row INSERTs of at most 60,000 bound values each (the protocol allows 65,535).
    private static func insert(into table: String, _ columns: [String], last: String = "?", _ rows: [[SQLValue]],
                               _ connection: PostgresConnection, _ logger: Logger) async throws {
        guard !rows.isEmpty else { return }
        let tuple = "(" + (Array(repeating: "?", count: columns.count - 1) + [last]).joined(separator: ", ") + ")"
        let perStatement = max(1, 60_000 / columns.count)
        var start = 0
        while start < rows.count {
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            let sql = "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: chunk.count).joined(separator: ", ")
            try await connection.query(.sql(sql, chunk.flatMap { $0 }), logger: logger)
            start += perStatement
        }
    }
}
