/// `shortcomings.rectification`: the report does not say the previous year's problems were
/// rectified (整改).
///
/// Basis: provincial guidelines — last year's shortcomings must be reported as rectified (e.g.
/// "2023年法治政府建设年度情况报告中存在的问题已认真整改落实"). Fires only where there is a
/// shortcomings part to judge.
public struct RectificationCheck: Check {
    public var ruleIDs: [String] { ["shortcomings.rectification"] }

    static let cues = ScalarTrie([("整改", true), ("已整改", true), ("整改落实", true), ("整改到位", true)])

    public func run(_ context: CheckContext) -> [Finding] {
        guard context.parts.contains(where: { $0.kind == .shortcomings }) else { return [] }
        let text = context.layout.scalars
        let previous = context.metadata.reportYear.map { $0 - 1 }
        var sentences = SentenceCache()
        var checked: Range<Int>?  // a sentence of many cues is read once
        for match in Self.cues.matches(in: text) {
            // The sentence must speak of last year's problems or report.
            let sentence = sentences.sentence(around: match.range.lowerBound, in: text)
            guard sentence != checked else { continue }
            checked = sentence
            let s = String(scalars: text[sentence])
            if ["上一年度", "上年度", "去年", "上年", "以往"].contains(where: s.containsLiteral)
                || previous.map({ s.containsLiteral("\($0)年") }) == true {
                return []
            }
        }
        return [context.rules.finding("shortcomings.rectification", subject: "shortcomings")]
    }
}
