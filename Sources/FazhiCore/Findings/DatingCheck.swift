/// `dating.premature`: the report is signed (or published) before the year it reports on ended.
///
/// Basis: 厅字〔2019〕28号 — reports cover the whole previous year. A report signed on
/// 12月31日 of its year is accepted (year-end summaries are written then).
public struct DatingCheck: Check {
    public var ruleIDs: [String] { ["dating.premature"] }

    public func run(_ context: CheckContext) -> [Finding] {
        let m = context.metadata
        guard let year = m.reportYear, let date = m.signedOn ?? m.publishedOn, date < "\(year)-12-31" else { return [] }
        return [context.rules.finding("dating.premature", subject: m.signedOn != nil ? "signedOn" : "publishedOn",
                                      values: ["date": date, "reportYear": String(year)])]
    }
}
