/// `title.format`: a title without the report year or without 法治政府建设.
///
/// Basis: the provincial guidelines' title "XX(单位)20XX年度法治政府建设情况报告". A missing title
/// is `metadata.missing`'s business, not this rule's.
public struct TitleFormatCheck: Check {
    public var ruleIDs: [String] { ["title.format"] }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let title = context.metadata.title else { return [] }
        var findings: [Finding] = []
        if ReportYear.firstYear(in: Array(title.unicodeScalars)) == nil {
            findings.append(context.rules.finding("title.format", subject: "year",
                                                  values: ["problem": "未写明报告年度", "title": title]))
        }
        if !title.contains("法治政府建设") {
            findings.append(context.rules.finding("title.format", subject: "topic",
                                                  values: ["problem": "未含“法治政府建设”", "title": title]))
        }
        return findings
    }
}
