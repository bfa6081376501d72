/// `metadata.missing`: the report does not state its title, its issuer or its year.
///
/// Basis: the provincial guidelines' title format "XX(单位)20XX年度法治政府建设情况报告" and the
/// 落款. Subject: the field. A missing title or year is a warning; a missing issuer a notice (a
/// page often names it only in its site header).
public struct MetadataMissingCheck: Check {
    public var ruleIDs: [String] { ["metadata.missing"] }

    public func run(_ context: CheckContext) -> [Finding] {
        let m = context.metadata
        var missing: [(String, Severity)] = []
        if m.title == nil { missing.append(("title", .warning)) }
        if m.issuer == nil { missing.append(("issuer", .notice)) }
        if m.reportYear == nil { missing.append(("reportYear", .warning)) }
        return missing.map { field, severity in
            context.rules.finding("metadata.missing", subject: field,
                                  values: ["field": context.rules.fieldNames[field] ?? field], severity: severity)
        }
    }
}
