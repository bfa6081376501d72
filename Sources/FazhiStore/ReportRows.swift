import FazhiCore
import Foundation
import GRDB

/// The rows one report becomes: the report, its paragraphs (indexed for search), its figures and
/// its findings. Built outside the write transaction, inserted inside it.
package struct ReportRows: Sendable {
    package typealias Value = (any DatabaseValueConvertible & Sendable)?
    package var key: String
    package var report: [String: Value]
    package var paragraphs: [[Value]]
    package var quantities: [[Value]]
    package var findings: [[Value]]

    init(_ incoming: IncomingReport) {
        let a = incoming.analysis
        let m = a.metadata
        key = incoming.contentKey
        let severities = a.findings.map(\.severity)
        report = [
            "contentKey": key, "name": incoming.document.name, "sourcePath": incoming.sourcePath,
            "ingestedAt": Date().formatted(.iso8601), "format": incoming.document.format.rawValue,
            "encoding": incoming.document.encoding, "original": incoming.bytes, "text": incoming.document.original,
            "analyzerVersion": Analyzer.version, "title": m.title, "issuer": m.issuer, "jurisdiction": m.jurisdiction,
            "level": m.level?.rawValue, "reportYear": m.reportYear, "publishedOn": m.publishedOn, "signedOn": m.signedOn,
            "documentNumber": m.documentNumber, "script": m.script.rawValue,
            "errors": severities.filter { $0 == .error }.count, "warnings": severities.filter { $0 == .warning }.count,
            "notices": severities.filter { $0 == .notice }.count, "analysis": Data(a.json(pretty: false)),
            "shortcomings": ReportFingerprint(analysis: a, document: incoming.document, simplified: incoming.normalized,
                                              kinds: [.shortcomings])[.shortcomings].map(FingerprintCoding.encode),
        ]
        paragraphs = Self.paragraphs(incoming)
        quantities = a.quantities.map { q in
            [q.indicator, q.value, q.unit, q.approx?.rawValue, q.change, q.text, q.range.start, q.range.end,
             q.sentence?.start, q.sentence?.end]
        }
        findings = a.findings.map { f in
            [f.rule, f.subject, f.severity.rawValue, f.message, f.range?.start, f.range?.end]
        }
    }

    /// The report's non-blank lines, in their own script and normalized, with their part and the
    /// framework areas of the measure paragraph they are (comma-separated, best first).
    static func paragraphs(_ incoming: IncomingReport) -> [[Value]] {
        let text = incoming.document.text.scalarArray
        let normalized = incoming.normalized.count == text.count ? incoming.normalized : text
        let tagged = incoming.analysis.framework?.paragraphs ?? []
        var rows: [[Value]] = []
        var start = 0
        for i in 0...text.count where i == text.count || text[i] == "\n" {
            let line = text[start..<i].trimmingBlanks()
            if line.count >= 2 {
                let r = incoming.document.originalRange(TextRange(start: line.startIndex, end: line.endIndex))
                let part = incoming.analysis.parts.last { $0.range.start <= r.start && r.start < $0.range.end }
                let areas = tagged.first { $0.range.start <= r.start && r.start < $0.range.end }?.tags.map(\.area)
                rows.append([rows.count, part?.kind.rawValue ?? "", areas.flatMap { $0.isEmpty ? nil : $0.joined(separator: ",") }, r.start, r.end, String(scalars: line),
                             String(scalars: ScriptNormalizer.shared.foldingStrayTraditional(normalized[line.startIndex..<line.endIndex]))])
            }
            start = i + 1
        }
        return rows
    }

    func insert(_ db: Database) throws -> SaveOutcome {
        let columns = report.keys.sorted()
        let sql = "INSERT INTO report (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", "))) ON CONFLICT(contentKey) DO NOTHING"
        try db.cachedStatement(sql: sql).execute(arguments: Self.arguments(columns.map { report[$0] ?? nil }))
        guard db.changesCount > 0 else {
            let id = try Int64.fetchOne(db, sql: "SELECT id FROM report WHERE contentKey = ?", arguments: [key]) ?? 0
            return .duplicate(id)
        }
        let id = db.lastInsertedRowID
        try insertChildren(db, id: id)
        return .stored(id)
    }

    func replace(_ db: Database, id: Int64) throws {
        let columns = report.keys.filter { $0 != "contentKey" && $0 != "original" && $0 != "ingestedAt" }.sorted()
        let sql = "UPDATE report SET \(columns.map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"
        try db.execute(sql: sql, arguments: StatementArguments(columns.map { report[$0] ?? nil } + [id]))
        for table in ["paragraph", "quantity", "finding"] {
            try db.execute(sql: "DELETE FROM \(table) WHERE reportId = ?", arguments: [id])
        }
        try insertChildren(db, id: id)
    }

    private static func arguments(_ values: [Value]) -> StatementArguments {
        let plain: [(any DatabaseValueConvertible)?] = values.map { v -> (any DatabaseValueConvertible)? in v }
        return StatementArguments(plain)
    }

    private func insertChildren(_ db: Database, id: Int64) throws {
        let p = try db.cachedStatement(sql: "INSERT INTO paragraph (reportId, ordinal, part, areas, start, end, text, normalized) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        for row in paragraphs { try p.execute(arguments: Self.arguments([id] + row)) }
        let q = try db.cachedStatement(sql: "INSERT INTO quantity (reportId, indicator, value, unit, approx, change, text, start, end, sentenceStart, sentenceEnd) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        for row in quantities { try q.execute(arguments: Self.arguments([id] + row)) }
        let f = try db.cachedStatement(sql: "INSERT INTO finding (reportId, rule, subject, severity, message, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for row in findings { try f.execute(arguments: Self.arguments([id] + row)) }
    }
}
