import FazhiCore
import Foundation
import GRDB

/// The rows one report becomes: the report, its paragraphs (indexed for search), its figures and
/// its findings. Built outside the write transaction, inserted inside it.
package struct ReportRows: Sendable {
    package var key: String
    /// The report row: its columns, sorted by name, and their values.
    package var columns: [String]
    package var values: [RowValue]
    /// ordinal, part, areas, start, end, text, normalized
    package var paragraphs: [[RowValue]]
    /// indicator, value, unit, approx, change, text, start, end, sentenceStart, sentenceEnd
    package var quantities: [[RowValue]]
    /// rule, subject, severity, message, start, end
    package var findings: [[RowValue]]

    init(_ incoming: IncomingReport) {
        let a = incoming.analysis
        let m = a.metadata
        key = incoming.contentKey
        let severities = a.findings.map(\.severity)
        let report: [String: RowValue] = [
            "contentKey": .text(key), "name": .text(incoming.document.name), "sourcePath": RowValue(incoming.sourcePath),
            "ingestedAt": .text(Date().formatted(.iso8601)), "format": .text(incoming.document.format.rawValue),
            "encoding": .text(incoming.document.encoding), "original": .blob(incoming.bytes), "text": .text(incoming.document.original),
            "analyzerVersion": .text(Analyzer.version), "docType": RowValue(a.document?.kind.rawValue), "title": RowValue(m.title), "issuer": RowValue(m.issuer),
            "jurisdiction": RowValue(m.jurisdiction), "level": RowValue(m.level?.rawValue), "reportYear": RowValue(m.reportYear),
            "publishedOn": RowValue(m.publishedOn), "signedOn": RowValue(m.signedOn), "documentNumber": RowValue(m.documentNumber),
            "script": .text(m.script.rawValue), "errors": RowValue(severities.filter { $0 == .error }.count),
            "warnings": RowValue(severities.filter { $0 == .warning }.count),
            "notices": RowValue(severities.filter { $0 == .notice }.count), "analysis": .blob(Data(a.json(pretty: false))),
            "shortcomings": RowValue(ReportFingerprint(analysis: a, document: incoming.document, simplified: incoming.normalized,
                                                       kinds: [.shortcomings])[.shortcomings].map(FingerprintCoding.encode)),
        ]
        columns = report.keys.sorted()
        values = columns.map { report[$0] ?? .null }
        paragraphs = Self.paragraphs(incoming)
        quantities = a.quantities.map { q in
            [RowValue(q.indicator), .double(q.value), RowValue(q.unit), RowValue(q.approx?.rawValue), RowValue(q.change), .text(q.text),
             RowValue(q.range.start), RowValue(q.range.end), RowValue(q.sentence?.start), RowValue(q.sentence?.end)]
        }
        findings = a.findings.map { f in
            [.text(f.rule), RowValue(f.subject), .text(f.severity.rawValue), .text(f.message), RowValue(f.range?.start), RowValue(f.range?.end)]
        }
    }

    /// The report row's value of a column.
    package subscript(column column: String) -> RowValue {
        columns.firstIndex(of: column).map { values[$0] } ?? .null
    }

    /// The report's non-blank lines, in their own script and normalized, with their part and the
    /// framework areas of the measure paragraph they are (comma-separated, best first).
    static func paragraphs(_ incoming: IncomingReport) -> [[RowValue]] {
        let text = incoming.document.text.scalarArray
        let normalized = incoming.normalized.count == text.count ? incoming.normalized : text
        let tagged = incoming.analysis.framework?.paragraphs ?? []
        var rows: [[RowValue]] = []
        var start = 0
        for i in 0...text.count where i == text.count || text[i] == "\n" {
            let line = text[start..<i].trimmingBlanks()
            if line.count >= 2 {
                let r = incoming.document.originalRange(TextRange(start: line.startIndex, end: line.endIndex))
                let part = incoming.analysis.parts.last { $0.range.start <= r.start && r.start < $0.range.end }
                let areas = tagged.first { $0.range.start <= r.start && r.start < $0.range.end }?.tags.map(\.area)
                let folded = ScriptNormalizer.shared.foldingStrayTraditional(normalized[line.startIndex..<line.endIndex])
                rows.append([RowValue(rows.count), .text(part?.kind.rawValue ?? ""), RowValue(areas.flatMap { $0.isEmpty ? nil : $0.joined(separator: ",") }),
                             RowValue(r.start), RowValue(r.end), .text(String(scalars: line)), .text(String(scalars: folded))])
            }
            start = i + 1
        }
        return rows
    }

    /// Inserts the report and its rows (unless its content is already stored) with `statements`.
    func insert(_ statements: InsertStatements, _ db: Database) throws -> SaveOutcome {
        try statements.report.execute(values)
        guard db.changesCount > 0 else {
            // A conflict on the content key with no report holding that key: the index is damaged.
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM report WHERE contentKey = ?", arguments: [key]) else {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "the index of report contents lists a report the table does not hold")
            }
            return .duplicate(id)
        }
        let id = db.lastInsertedRowID
        try insertChildren(statements, id: id)
        return .stored(id)
    }

    func replace(_ db: Database, id: Int64) throws {
        let kept = columns.indices.filter { !["contentKey", "original", "ingestedAt"].contains(columns[$0]) }
        let sql = "UPDATE report SET \(kept.map { "\(columns[$0]) = ?" }.joined(separator: ", ")) WHERE id = ?"
        let update = try RawStatement(db, sql)
        defer { update.finalize() }
        try update.execute(kept.map { values[$0] } + [.int(id)])
        for table in ["paragraph", "quantity", "finding"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE reportId = ?", arguments: [id])
        }
        let statements = try InsertStatements(db, reportColumns: columns)
        defer { statements.finalize() }
        try insertChildren(statements, id: id)
    }

    private func insertChildren(_ statements: InsertStatements, id: Int64) throws {
        for row in paragraphs { try statements.paragraph.execute(leading: id, row) }
        for row in quantities { try statements.quantity.execute(leading: id, row) }
        for row in findings { try statements.finding.execute(leading: id, row) }
    }
}

/// The INSERT statements of a write, prepared once for all its reports.
struct InsertStatements {
    let report: RawStatement
    let paragraph: RawStatement
    let quantity: RawStatement
    let finding: RawStatement

    init(_ db: Database, reportColumns columns: [String]) throws {
        report = try RawStatement(db, "INSERT INTO report (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", "))) ON CONFLICT(contentKey) DO NOTHING")
        paragraph = try RawStatement(db, "INSERT INTO paragraph (reportId, ordinal, part, areas, start, end, text, normalized) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        quantity = try RawStatement(db, "INSERT INTO quantity (reportId, indicator, value, unit, approx, change, text, start, end, sentenceStart, sentenceEnd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        finding = try RawStatement(db, "INSERT INTO finding (reportId, rule, subject, severity, message, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)")
    }

    func finalize() {
        for statement in [report, paragraph, quantity, finding] { statement.finalize() }
    }
}
