/// `consistency.duplicate`: one indicator stated with different values in different sentences
/// (in the same unit, neither approximate): a notice to check, since two subjects can share an
/// indicator (领导出庭3次 and 负责人出庭44人次 differ in unit and are not flagged).
public struct DuplicateFigureCheck: Check {
    public var ruleIDs: [String] { ["consistency.duplicate"] }

    public func run(_ context: CheckContext) -> [Finding] {
        var byIndicator: [String: [Quantity]] = [:]
        for q in context.quantities where q.approx == nil && q.change == nil {
            if let id = q.indicator { byIndicator[id, default: []].append(q) }
        }
        return byIndicator.keys.sorted().compactMap { id in
            guard let figures = byIndicator[id], let first = figures.first else { return nil }
            let clash = figures.filter { $0.unit == first.unit && $0.value != first.value && $0.sentence != first.sentence }
            guard let other = clash.first else { return nil }
            return context.rules.finding(
                "consistency.duplicate", subject: id, range: other.range,
                values: ["name": context.indicatorName(id), "values": "\(first.text)、\(other.text)"])
        }
    }
}
