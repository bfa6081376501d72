/// `publication.late`, `publication.unknown`, `reporting.late`: the report's timeliness.
///
/// Basis: 第二十四条 of 厅字〔2019〕28号 (public by 4月1日 of the following year) and the 3月1日
/// deadline for departments' reports. The publication date is the page's 发布时间 (or the date the
/// user supplies with `--published`); a department's reporting date is its 落款, else the
/// publication date. ISO dates compare as strings.
public struct PublicationCheck: Check {
    public var ruleIDs: [String] { ["publication.late", "publication.unknown", "reporting.late"] }

    public func run(_ context: CheckContext) -> [Finding] {
        let m = context.metadata
        guard let year = m.reportYear else { return [] }
        var findings: [Finding] = []
        let deadline = "\(year + 1)-03-31"
        let deadlineText = "\(year + 1)年4月1日"
        if let published = m.publishedOn {
            if published > deadline {
                findings.append(context.rules.finding(
                    "publication.late", subject: "publishedOn", values: ["date": published, "deadline": deadlineText]))
            }
        } else {
            findings.append(context.rules.finding(
                "publication.unknown", subject: "publishedOn", values: ["deadline": deadlineText]))
        }
        if m.level == .department, let date = m.signedOn ?? m.publishedOn, date > "\(year + 1)-02-29" {
            findings.append(context.rules.finding(
                "reporting.late", subject: m.signedOn != nil ? "signedOn" : "publishedOn",
                values: ["date": date, "deadline": "\(year + 1)年3月1日"]))
        }
        return findings
    }
}
