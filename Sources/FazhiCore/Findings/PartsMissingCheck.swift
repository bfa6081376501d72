/// `parts.missing`: a mandated part (measures, shortcomings, leadership, plan) is absent.
///
/// Basis: 厅字〔2019〕28号, the contents a report must contain. Subject: the part kind. Evidence:
/// none (it is what is not there); the finding points at the start of the report.
public struct PartsMissingCheck: Check {
    public var ruleIDs: [String] { ["parts.missing"] }

    public func run(_ context: CheckContext) -> [Finding] {
        // Text without any recognizable part is not a report to judge part by part.
        guard !context.parts.isEmpty else {
            return [context.rules.finding("parts.missing", subject: PartKind.measures.rawValue,
                                          values: ["part": context.rules.partNames["measures"] ?? "measures"])]
        }
        let present = Set(context.parts.map(\.kind))
        return PartKind.mandated.filter { !present.contains($0) }.map { kind in
            context.rules.finding("parts.missing", subject: kind.rawValue,
                                  values: ["part": context.rules.partNames[kind.rawValue] ?? kind.rawValue])
        }
    }
}
