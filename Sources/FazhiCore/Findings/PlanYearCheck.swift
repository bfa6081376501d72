/// `plan.year`: the plan part names a year other than the report year + 1
/// (a 2023 report whose plan is "2023年工作安排").
///
/// Basis: 厅字〔2019〕28号 — a report contains 下一年度 plans. Evidence: the plan's heading.
public struct PlanYearCheck: Check {
    public var ruleIDs: [String] { ["plan.year"] }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let year = context.metadata.reportYear else { return [] }
        let text = context.layout.scalars
        return context.parts.filter { $0.kind == .plan && !$0.inline }.compactMap { part in
            // The heading line of the part, in the normalized text.
            var end = part.range.start
            while end < min(part.range.end, text.count), text[end] != "\n" { end += 1 }
            guard let planYear = ReportYear.firstYear(in: Array(text[part.range.start..<end])),
                  planYear != year + 1 else { return nil }
            return context.rules.finding(
                "plan.year", subject: String(planYear), range: TextRange(start: part.range.start, end: end),
                values: ["planYear": String(planYear), "reportYear": String(year), "expected": String(year + 1)])
        }
    }
}
