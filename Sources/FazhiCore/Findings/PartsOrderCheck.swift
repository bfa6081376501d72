/// `parts.order`: the mandated parts stand in another order than the regulation's
/// (measures, shortcomings, leadership, plan).
///
/// Basis: 厅字〔2019〕28号, the list of contents. Only headed parts count; `other` may stand anywhere.
public struct PartsOrderCheck: Check {
    public var ruleIDs: [String] { ["parts.order"] }

    public func run(_ context: CheckContext) -> [Finding] {
        var seen: [PartKind] = []
        for part in context.parts where part.kind != .other && seen.last != part.kind { seen.append(part.kind) }
        let rank = { (k: PartKind) in PartKind.mandated.firstIndex(of: k) ?? 99 }
        guard zip(seen, seen.dropFirst()).contains(where: { rank($0) > rank($1) }) else { return [] }
        let order = seen.map { Labels.part($0) }.joined(separator: " → ")
        return [context.rules.finding("parts.order", subject: seen.map(\.rawValue).joined(separator: ","),
                                      values: ["order": order])]
    }
}
