/// A value bound to a `?` of a filter's SQL.
package enum SQLArgument: Sendable, Hashable {
    case int(Int)
    case text(String)
}

/// A report filter as SQL conditions on table alias `r`, with `?` placeholders: the same text for
/// SQLite and PostgreSQL (which numbers the placeholders when it binds them).
package struct FilterSQL: Sendable {
    package var conditions: [String] = []
    package var arguments: [SQLArgument] = []

    package init(_ f: ReportFilter) {
        if let year = f.year { add("r.reportYear = ?", .int(year)) }
        if let level = f.level { add("r.level = ?", .text(level.rawValue)) }
        if let j = f.jurisdiction, !j.isEmpty {
            let escaped = j.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            add("(r.jurisdiction LIKE ? ESCAPE '\\' OR r.jurisdiction LIKE ? ESCAPE '\\')", .text(escaped + "%"), .text("%" + escaped + "%"))
        }
        switch f.hasFinding {
        case .error?: conditions.append("r.errors > 0")
        case .warning?: conditions.append("(r.errors + r.warnings) > 0")
        case .notice?: conditions.append("(r.errors + r.warnings + r.notices) > 0")
        case nil: break
        }
        if let kind = f.kind {
            // Reports stored before documents were classified are rule-of-law reports.
            add(kind == .ruleOfLawReport ? "(r.docType = ? OR r.docType IS NULL)" : "r.docType = ?", .text(kind.rawValue))
        }
        if let rule = f.rule {
            add("EXISTS (SELECT 1 FROM finding f WHERE f.reportId = r.id AND f.rule = ?)", .text(rule))
        }
    }

    private mutating func add(_ condition: String, _ values: SQLArgument...) {
        conditions.append(condition)
        arguments += values
    }

    /// `WHERE …`, or nothing when the filter takes every report.
    package var whereClause: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }
}
