/// `parts.missing`: a mandated part (measures, shortcomings, leadership, plan) is absent.
///
/// Basis: 厅字〔2019〕28号, the contents a report must contain. Subject: the part kind. Evidence:
/// none (it is what is not there); the finding points at the start of the report.
public struct PartsMissingCheck: Check {
    /// The first report year the 规定 (in force 2019-04-15) governs.
    static let firstBoundYear = 2019

    public var ruleIDs: [String] { ["parts.missing"] }

    public func run(_ context: CheckContext) -> [Finding] {
        // Text without any recognizable part is not a report to judge part by part.
        guard !context.parts.isEmpty else {
            return [context.rules.finding("parts.missing", subject: PartKind.measures.rawValue,
                                          values: ["part": context.rules.partNames["measures"] ?? "measures"])]
        }
        let present = Set(context.parts.map(\.kind))
        // The 规定 took effect on 2019-04-15: reports on earlier years were not bound by its list
        // of contents, so a missing part there is worth a notice, not an error.
        let before = context.metadata.reportYear.map { $0 < Self.firstBoundYear } ?? false
        return PartKind.mandated.filter { !present.contains($0) }.map { kind in
            var finding = context.rules.finding(
                "parts.missing", subject: kind.rawValue,
                values: ["part": context.rules.partNames[kind.rawValue] ?? kind.rawValue],
                severity: before ? .notice : nil)
            if before { finding.message += "(该报告年度早于《规定》施行,仅作提示。)" }
            return finding
        }
    }
}
