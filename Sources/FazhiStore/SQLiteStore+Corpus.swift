import FazhiCore
import GRDB

extension SQLiteStore {
    /// The catalogued figures of the filtered reports (all indicators, or those named).
    public func indicatorValues(_ filter: ReportFilter, indicators: [String]?) throws -> [IndicatorValue] {
        try read { db in
            var (whereSQL, arguments) = Self.whereClause(filter)
            var conditions = whereSQL.isEmpty ? ["q.indicator IS NOT NULL"] : [String(whereSQL.dropFirst(6)), "q.indicator IS NOT NULL"]
            if let indicators, !indicators.isEmpty {
                conditions.append("q.indicator IN (\(indicators.map { _ in "?" }.joined(separator: ",")))")
                arguments += StatementArguments(indicators)
            }
            let sql = """
                SELECT r.id, r.jurisdiction, r.reportYear, r.title, q.indicator, q.value, q.unit, q.approx, q.change,
                       q.text, q.start, q.end, q.sentenceStart, q.sentenceEnd
                FROM quantity q JOIN report r ON r.id = q.reportId
                WHERE \(conditions.joined(separator: " AND "))
                  AND r.id IN (SELECT r.id FROM report r \(whereSQL) ORDER BY r.jurisdiction, r.reportYear, r.id LIMIT ?)
                ORDER BY r.jurisdiction, r.reportYear, r.id, q.start, q.id
                """
            let all = arguments + (whereSQL.isEmpty ? [] : Self.whereClause(filter).1) + [filter.limit]
            return try Row.fetchAll(db, sql: sql, arguments: all).map { row in
                let sentenceStart: Int? = row["sentenceStart"]
                let sentenceEnd: Int? = row["sentenceEnd"]
                return IndicatorValue(
                    reportID: row["id"], jurisdiction: row["jurisdiction"], reportYear: row["reportYear"],
                    title: row["title"], indicator: row["indicator"], value: row["value"], unit: row["unit"],
                    approx: row["approx"], change: row["change"], text: row["text"],
                    range: TextRange(start: row["start"], end: row["end"]),
                    sentence: TextRange.both(sentenceStart, sentenceEnd))
            }
        }
    }

    /// The findings of the filtered reports (of one rule, if named).
    public func findings(_ filter: ReportFilter, rule: String?) throws -> [FindingRow] {
        try read { db in
            let (whereSQL, arguments) = Self.whereClause(filter)
            var conditions = whereSQL.isEmpty ? [] : [String(whereSQL.dropFirst(6))]
            var all = arguments
            if let rule {
                conditions.append("f.rule = ?")
                all += [rule]
            }
            let sql = """
                SELECT r.id, r.jurisdiction, r.reportYear, r.title, f.rule, f.subject, f.severity, f.message, f.start, f.end
                FROM finding f JOIN report r ON r.id = f.reportId
                \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
                ORDER BY r.jurisdiction, r.reportYear, r.id, f.id LIMIT ?
                """
            return try Row.fetchAll(db, sql: sql, arguments: all + [filter.limit]).map { row in
                let start: Int? = row["start"]
                let end: Int? = row["end"]
                return FindingRow(
                    reportID: row["id"], jurisdiction: row["jurisdiction"], reportYear: row["reportYear"],
                    title: row["title"], rule: row["rule"], subject: row["subject"], severity: row["severity"],
                    message: row["message"], range: TextRange.both(start, end))
            }
        }
    }
}
