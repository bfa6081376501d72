import Foundation

/// `consistency.rate`: a stated rate contradicts the counts it is computed from
/// (纠错35件 of 218 stated as 纠错率21.08%: computed 16.06%).
///
/// Tolerance: the rounding the text shows (a rate written with two decimals is checked to
/// ±0.005) plus 0.01; rates written with a qualifier (90%以上) are not checked. Counts are taken
/// from the rate's own sentence, else from the report when it states only one value for them.
public struct RateConsistencyCheck: Check {
    public var ruleIDs: [String] { ["consistency.rate"] }
    var relations = ConsistencyRules.shared

    public func run(_ context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        for relation in relations.rates {
            for rate in context.quantities where rate.indicator == relation.rate && rate.approx == nil && rate.change == nil {
                guard let numerator = context.figure(relation.numerator, near: rate),
                      let denominator = relation.denominators.lazy.compactMap({ context.figure($0, near: rate) }).first,
                      denominator.value > 0 else { continue }
                let computed = numerator.value / denominator.value * 100
                let tolerance = 0.5 * pow(10, -Double(Self.decimals(rate.text))) + 0.01
                guard abs(computed - rate.value) > tolerance else { continue }
                findings.append(context.rules.finding(
                    "consistency.rate", subject: relation.rate, range: rate.sentence ?? rate.range,
                    values: ["name": context.indicatorName(relation.rate), "stated": Labels.number(rate.value),
                             "numeratorText": numerator.text, "denominatorText": denominator.text,
                             "computed": String(format: "%.2f", computed)]))
            }
        }
        return findings
    }

    /// Digits after the decimal point in a figure's text (21.08% → 2).
    static func decimals(_ text: String) -> Int {
        guard let dot = text.firstIndex(where: { $0 == "." || $0 == "．" }) else { return 0 }
        return text[text.index(after: dot)...].prefix { $0.isNumber }.count
    }
}
