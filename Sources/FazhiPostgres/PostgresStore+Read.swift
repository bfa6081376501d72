import FazhiCore
import FazhiStore
import Foundation
import PostgresNIO

extension PostgresStore {
    static let summaryColumns = "r.id, r.name, r.title, r.issuer, r.jurisdiction, r.level, r.reportYear, r.publishedOn, r.script, r.errors, r.warnings, r.notices"

    /// The report order of lists: as the embedded store's (NULLs first, code-point order).
    static let reportOrder = "r.jurisdiction NULLS FIRST, r.reportYear NULLS FIRST, r.id"

    public func count() throws -> Int {
        try rows("SELECT COUNT(*) FROM report").first.map { try $0[0].decode(Int.self) } ?? 0
    }

    public func count(_ filter: ReportFilter) throws -> Int {
        let where_ = FilterSQL(filter)
        return try rows("SELECT COUNT(*) FROM report r \(where_.whereClause)", where_.arguments.sqlValues).first.map { try $0[0].decode(Int.self) } ?? 0
    }

    public func report(id: Int64) throws -> StoredReport? {
        try report(id: id, detail: .full)
    }

    public func report(id: Int64, detail: ReportDetail) throws -> StoredReport? {
        let sql = """
            SELECT \(Self.summaryColumns), r.text, r.analysis, r.format, r.encoding, r.sourcePath, r.ingestedAt, r.analyzerVersion
            FROM report r WHERE r.id = ?
            """
        guard let row = try rows(sql, [.int(Int(id))]).first else { return nil }
        let analysis = try ReadingAnalysis.decode(try row["analysis"].decode(Data.self), detail: detail)
        return StoredReport(summary: try Self.summary(row), text: try row["text"].decode(String.self), analysis: analysis,
                            format: try row["format"].decode(String.self), encoding: try row["encoding"].decode(String.self),
                            sourcePath: try row["sourcepath"].decode(String?.self), ingestedAt: try row["ingestedat"].decode(String.self),
                            analyzerVersion: try row["analyzerversion"].decode(String.self))
    }

    public func reports(_ filter: ReportFilter) throws -> [ReportSummary] {
        let where_ = FilterSQL(filter)
        let sql = "SELECT \(Self.summaryColumns) FROM report r \(where_.whereClause) ORDER BY \(Self.reportOrder) LIMIT ? OFFSET ?"
        return try rows(sql, where_.arguments.sqlValues + [.int(filter.limit), .int(filter.offset)]).map(Self.summary)
    }

    public func originals(after id: Int64, limit: Int) throws -> [StoredOriginal] {
        try rows("SELECT id, name, original, sourcePath, analyzerVersion FROM report WHERE id > ? ORDER BY id LIMIT ?",
                 [.int(Int(id)), .int(limit)]).map { row in
            StoredOriginal(id: try row["id"].decode(Int64.self), name: try row["name"].decode(String.self),
                           bytes: try row["original"].decode(Data.self), sourcePath: try row["sourcepath"].decode(String?.self),
                           analyzerVersion: try row["analyzerversion"].decode(String.self))
        }
    }

    public func indicatorValues(_ filter: ReportFilter, indicators: [String]?) throws -> [IndicatorValue] {
        let where_ = FilterSQL(filter)
        var conditions = where_.conditions + ["q.indicator IS NOT NULL"]
        var values = where_.arguments.sqlValues
        if let indicators, !indicators.isEmpty {
            conditions.append("q.indicator = ANY(?::text[])")
            values.append(.texts(indicators))
        }
        let sql = """
            SELECT r.id, r.jurisdiction, r.reportYear, r.title, q.indicator, q.value, q.unit, q.approx, q.change,
                   q.text, q.start, q."end", q.sentenceStart, q.sentenceEnd
            FROM quantity q JOIN report r ON r.id = q.reportId
            WHERE \(conditions.joined(separator: " AND "))
              AND r.id IN (SELECT r.id FROM report r \(where_.whereClause) ORDER BY \(Self.reportOrder) LIMIT ?)
            ORDER BY \(Self.reportOrder), q.start, q.id
            """
        return try rows(sql, values + where_.arguments.sqlValues + [.int(filter.limit)]).map { row in
            IndicatorValue(
                reportID: try row["id"].decode(Int64.self), jurisdiction: try row["jurisdiction"].decode(String?.self),
                reportYear: try row["reportyear"].decode(Int?.self), title: try row["title"].decode(String?.self),
                indicator: try row["indicator"].decode(String.self), value: try row["value"].decode(Double.self),
                unit: try row["unit"].decode(String?.self), approx: try row["approx"].decode(String?.self),
                change: try row["change"].decode(Double?.self), text: try row["text"].decode(String.self),
                range: TextRange(start: try row["start"].decode(Int.self), end: try row["end"].decode(Int.self)),
                sentence: TextRange.both(try row["sentencestart"].decode(Int?.self), try row["sentenceend"].decode(Int?.self)))
        }
    }

    public func findings(_ filter: ReportFilter, rule: String?) throws -> [FindingRow] {
        let where_ = FilterSQL(filter)
        var conditions = where_.conditions
        var values = where_.arguments.sqlValues
        if let rule {
            conditions.append("f.rule = ?")
            values.append(.text(rule))
        }
        let sql = """
            SELECT r.id, r.jurisdiction, r.reportYear, r.title, f.rule, f.subject, f.severity, f.message, f.start, f."end"
            FROM finding f JOIN report r ON r.id = f.reportId
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(Self.reportOrder), f.id LIMIT ?
            """
        return try rows(sql, values + [.int(filter.limit)]).map { row in
            FindingRow(
                reportID: try row["id"].decode(Int64.self), jurisdiction: try row["jurisdiction"].decode(String?.self),
                reportYear: try row["reportyear"].decode(Int?.self), title: try row["title"].decode(String?.self),
                rule: try row["rule"].decode(String.self), subject: try row["subject"].decode(String?.self),
                severity: try row["severity"].decode(String.self), message: try row["message"].decode(String.self),
                range: TextRange.both(try row["start"].decode(Int?.self), try row["end"].decode(Int?.self)))
        }
    }

    public func copiedShortcomings(_ filter: ReportFilter) throws -> [CopiedPart] {
        var all = filter
        all.limit = Int.max / 2
        let where_ = FilterSQL(all)
        let conditions = where_.conditions + ["r.shortcomings IS NOT NULL"]
        let sql = "SELECT \(Self.summaryColumns), r.shortcomings FROM report r WHERE \(conditions.joined(separator: " AND ")) ORDER BY r.id"
        let stored = try rows(sql, where_.arguments.sqlValues).map { row in
            (try Self.summary(row), try row["shortcomings"].decode(Data.self))
        }
        return CopiedPart.find(among: stored, limit: filter.limit)
    }

    /// What is wrong with the database: reports missing the rows a whole report always has, rows
    /// whose report does not exist, paragraphs without search tokens (or their recency bucket),
    /// the schema behind this version of Fazhi, a database that is not UTF-8.
    public func check() throws -> [String] {
        var problems: [String] = []
        let applied = Set(try rows("SELECT version FROM schema_migrations").map { try $0[0].decode(Int.self) })
        let missing = PostgresMigrations.all.filter { !applied.contains($0.version) }
        if !missing.isEmpty { problems.append("\(missing.count) migration(s) not applied; run fazhi db migrate") }
        let orphans = try rows("SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM paragraph p WHERE p.reportId = r.id)")
            .first.map { try $0[0].decode(Int.self) } ?? 0
        if orphans > 0 { problems.append("\(orphans) report(s) without paragraphs (half-stored)") }
        let strays = try rows("""
            SELECT (SELECT COUNT(*) FROM paragraph c WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = c.reportId))
                 + (SELECT COUNT(*) FROM quantity c WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = c.reportId))
                 + (SELECT COUNT(*) FROM finding c WHERE NOT EXISTS (SELECT 1 FROM report r WHERE r.id = c.reportId))
            """).first.map { try $0[0].decode(Int.self) } ?? 0
        if strays > 0 { problems.append("\(strays) paragraph, figure or finding row(s) whose report does not exist") }
        if applied.contains(5) {
            // From `bucketedFrom` on, a paragraph's tokens begin with its recency bucket.
            let counts = try rows("""
                SELECT count(*) FILTER (WHERE length(p.tokens) <= CASE WHEN p.id >= r.bucketedFrom THEN 1 ELSE 0 END
                                          AND p.normalized ~ '[[:alnum:]]'),
                       count(*) FILTER (WHERE p.id >= r.bucketedFrom AND NOT p.tokens @@ ('''\(RecencyBuckets.prefix)' || (p.id >> \(RecencyBuckets.shift)) || '''')::tsquery)
                FROM paragraph p, paragraph_recency r
                """)
            let (untokenized, unbucketed) = (try counts[0][0].decode(Int.self), try counts[0][1].decode(Int.self))
            if untokenized > 0 { problems.append("\(untokenized) paragraph(s) with text but no search tokens") }
            if unbucketed > 0 { problems.append("\(unbucketed) paragraph(s) whose search tokens lack their recency bucket") }
        } else {
            let untokenized = try rows("SELECT COUNT(*) FROM paragraph WHERE tokens = ''::tsvector AND normalized ~ '[[:alnum:]]'")
                .first.map { try $0[0].decode(Int.self) } ?? 0
            if untokenized > 0 { problems.append("\(untokenized) paragraph(s) with text but no search tokens") }
        }
        let unique = try rows("SELECT COUNT(*) FROM pg_constraint WHERE conname = 'report_content_unique'").first.map { try $0[0].decode(Int.self) } ?? 0
        if unique != 1 { problems.append("the UNIQUE constraint on report.contentKey is missing") }
        if applied.contains(4) {
            let guards = try rows("SELECT COUNT(*) FROM pg_trigger WHERE tgname LIKE '%_report_inserted' OR tgname LIKE '%_report_updated' OR tgname = 'report_rows_deleted'")
                .first.map { try $0[0].decode(Int.self) } ?? 0
            if guards != 7 { problems.append("\(7 - guards) of the 7 triggers that tie rows to their reports are missing") }
        }
        return problems
    }

    static func summary(_ row: PostgresRandomAccessRow) throws -> ReportSummary {
        ReportSummary(id: try row["id"].decode(Int64.self), name: try row["name"].decode(String.self),
                      title: try row["title"].decode(String?.self), issuer: try row["issuer"].decode(String?.self),
                      jurisdiction: try row["jurisdiction"].decode(String?.self), level: try row["level"].decode(String?.self),
                      reportYear: try row["reportyear"].decode(Int?.self), publishedOn: try row["publishedon"].decode(String?.self),
                      script: try row["script"].decode(String.self), errors: try row["errors"].decode(Int.self),
                      warnings: try row["warnings"].decode(Int.self), notices: try row["notices"].decode(Int.self))
    }
}
