/// `consistency.percent_over_100`: a rate over 100% that is not a change (完成率120%).
///
/// A percentage counts as a rate when it is a catalog rate or the words before it in its clause
/// end in 率 or 占比; increases (同比增长150%) and ratios to a base (是上年的120%) are not rates.
public struct PercentCheck: Check {
    public var ruleIDs: [String] { ["consistency.percent_over_100"] }

    public func run(_ context: CheckContext) -> [Finding] {
        let text = context.layout.scalars
        return context.quantities.filter { q in
            guard q.unit == "%", q.value > 100, q.change == nil else { return false }
            if let id = q.indicator, IndicatorCatalog.shared.indicator(id)?.isRate == true { return true }
            var i = q.range.start
            var lead: [Unicode.Scalar] = []
            while i > 0, lead.count < 8, !Sentences.isClauseEnd(text[i - 1]) {
                i -= 1
                lead.insert(text[i], at: 0)
            }
            let words = String(scalars: lead)
            let isRate = words.hasSuffix("率") || words.hasSuffix("占比") || words.contains("率达") || words.contains("率为")
            return isRate && !words.contains("增") && !words.contains("提高") && !words.contains("上升")
        }.map { q in
            context.rules.finding("consistency.percent_over_100", subject: q.indicator ?? q.text, range: q.range,
                                  values: ["text": q.text])
        }
    }
}
