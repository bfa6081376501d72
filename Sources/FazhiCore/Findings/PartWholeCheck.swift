/// `consistency.part_exceeds_whole`: a part larger than its whole (受理 > 收到, 成功 > 调解).
///
/// Where cases carried over from last year can explain it (办结 > 受理), the finding is a warning
/// to check rather than an error. Evidence: the part's figure.
public struct PartWholeCheck: Check {
    public var ruleIDs: [String] { ["consistency.part_exceeds_whole"] }
    var relations = ConsistencyRules.shared

    public func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for relation in relations.partWhole {
            for part in context.quantities where part.indicator == relation.part && part.approx == nil {
                guard let whole = context.figure(relation.whole, near: part), part.value > whole.value else { continue }
                findings.append(context.rules.finding(
                    "consistency.part_exceeds_whole", subject: relation.part, range: part.sentence ?? part.range,
                    values: ["partName": context.indicatorName(relation.part), "part": part.text,
                             "wholeName": context.indicatorName(relation.whole), "whole": whole.text],
                    severity: relation.carryOver ? .warning : nil))
                break
            }
        }
        return findings
    }
}
