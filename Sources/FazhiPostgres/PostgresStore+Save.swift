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
            // The search index's pending list, when it overflows into the index during an insert,
            // is merged work_mem at a time: 4 MB by default, a quarter of the list.
            try await connection.query("SET LOCAL work_mem = '64MB'", logger: logger)
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
            let columns = rows.columns.filter { $0 != "contentKey" && $0 != "original" && $0 != "ingestedAt" }
            let sql = "UPDATE report SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
            try await connection.query(.sql(sql, columns.map { SQLValue(rows[column: $0]) } + [.int(Int(id))]), logger: logger)
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
        let columns = rows.columns
        let sql = """
            INSERT INTO report (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
            ON CONFLICT ON CONSTRAINT report_content_unique DO NOTHING RETURNING id
            """
        let inserted = try await connection.query(.sql(sql, rows.values.map(SQLValue.init)), logger: logger)
        for try await id in inserted.decode(Int64.self) { return .stored(id) }
        let existing = try await connection.query("SELECT id FROM report WHERE contentKey = \(rows.key)", logger: logger)
        for try await id in existing.decode(Int64.self) { return .duplicate(id) }
        throw PostgresFailure(reason: "report \(rows.key) neither stored nor found", location: "postgres")
    }
}

/// The paragraphs, figures and findings of the reports a transaction stores, inserted one
/// statement per table: each column goes as one array and the rows come back out of `unnest`
/// (a VALUES list of thousands of placeholders cost the server more to parse and plan than to insert).
struct ChildRows {
    var paragraphs: [[SQLValue]] = []
    /// Each paragraph's normalized text, for its search tokens.
    var normalized: [String] = []
    var quantities: [[SQLValue]] = []
    var findings: [[SQLValue]] = []

    mutating func add(_ rows: ReportRows, id: Int64) {
        let reportID = SQLValue.int(Int(id))
        for p in rows.paragraphs {
            // p: ordinal, part, areas, start, end, text, normalized
            paragraphs.append([reportID] + p.map(SQLValue.init))
            normalized.append(p[6].text ?? "")
        }
        quantities += rows.quantities.map { [reportID] + $0.map(SQLValue.init) }
        findings += rows.findings.map { [reportID] + $0.map(SQLValue.init) }
    }

    func insert(_ connection: PostgresConnection, _ logger: Logger) async throws {
        // Ids drawn first (in the paragraphs' order, as the column's default would), so that each
        // paragraph's tokens can hold its id's recency bucket.
        let ids = try await Self.paragraphIDs(paragraphs.count, connection, logger)
        let rows = paragraphs.indices.map { i in
            [.int(Int(ids[i]))] + paragraphs[i]
                + [.bytes(TSVectorBinary.encode(normalized[i], first: RecencyBuckets.lexeme(RecencyBuckets.bucket(ids[i]))))]
        }
        try await Self.insert(into: "paragraph", [("id", .int8), ("reportId", .int8), ("ordinal", .int8), ("part", .text), ("areas", .text),
                                                  ("start", .int8), ("\"end\"", .int8), ("text", .text), ("normalized", .text),
                                                  ("tokens", .tsvector)], rows, connection, logger)
        try await Self.insert(into: "quantity", [("reportId", .int8), ("indicator", .text), ("value", .float8), ("unit", .text), ("approx", .text),
                                                 ("change", .float8), ("text", .text), ("start", .int8), ("\"end\"", .int8),
                                                 ("sentenceStart", .int8), ("sentenceEnd", .int8)], quantities, connection, logger)
        try await Self.insert(into: "finding", [("reportId", .int8), ("rule", .text), ("subject", .text), ("severity", .text), ("message", .text),
                                                ("start", .int8), ("\"end\"", .int8)], findings, connection, logger)
    }

    /// `count` new paragraph ids from the column's sequence, ascending.
    private static func paragraphIDs(_ count: Int, _ connection: PostgresConnection, _ logger: Logger) async throws -> [Int64] {
        guard count > 0 else { return [] }
        let sql = "SELECT nextval(pg_get_serial_sequence('paragraph', 'id')) FROM generate_series(1, \(count))"
        var ids: [Int64] = []
        ids.reserveCapacity(count)
        for try await id in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: logger).decode(Int64.self) { ids.append(id) }
        return ids.sorted()
    }

    /// `INSERT INTO table (columns) SELECT columns FROM unnest($1::type[], …) AS u(columns)`.
    private static func insert(into table: String, _ columns: [(name: String, kind: ColumnArray.Kind)],
                               _ rows: [[SQLValue]],
                               _ connection: PostgresConnection, _ logger: Logger) async throws {
        guard !rows.isEmpty else { return }
        let names = columns.map(\.name)
        let arrays = columns.indices.map { c in SQLValue.column(ColumnArray(kind: columns[c].kind, values: rows.map { $0[c] })) }
        let sql = """
            INSERT INTO \(table) (\(names.joined(separator: ", ")))
            SELECT \(names.joined(separator: ", "))
            FROM unnest(\(columns.map { "?::\($0.kind.sqlName)" }.joined(separator: ", "))) AS u(\(names.joined(separator: ", ")))
            """
        try await connection.query(.sql(sql, arrays), logger: logger)
    }
}

extension PostgresStore {
    /// Two batches at once, each on its own pooled connection: one server process inserting a
    /// batch keeps one core busy, and the inserts of different reports do not wait for each other.
    public var concurrentWriters: Int { 2 }
}
