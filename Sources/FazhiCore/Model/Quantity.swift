/// How a figure qualifies its value: 余/多/以上/超过 (over), 近/不足/以下 (under), 约/左右 (about).
public enum Approx: String, Sendable, Codable, Hashable {
    case over, under, about
}

/// One figure of a report, normalized and grounded to its exact place in the source.
///
/// `1.2万余条` reads as `value` 12000, `unit` "条", `approx` `.over`; `下降8.4%` as `value` 8.4,
/// `unit` "%", `change` -8.4. `range` points into the decoded original text.
public struct Quantity: Sendable, Hashable, Codable {
    /// The figure as the source writes it (original script), e.g. `1744萬餘元`.
    public var text: String
    /// The normalized value: 万/亿 multiplied out, Chinese numerals read; a percentage stays 21.08.
    public var value: Double
    /// The unit, normalized to simplified script (`件`, `人次`, `%`, `元`, `倍` …); `nil` when bare.
    public var unit: String?
    public var approx: Approx?
    /// For changes (`同比增长77%`, `下降8.4%`): the signed amount; `nil` for plain figures.
    public var change: Double?
    /// The base a change is measured against where the text names it (`同比`, `环比`, `上年`).
    public var changeBase: String?
    /// A second value for ranges (`3至5件`): the upper bound, `value` being the lower.
    public var upperValue: Double?
    /// The catalog indicator this figure measures, or `nil` when the clause does not say clearly.
    public var indicator: String?
    /// The cue words that decided the indicator (for explanation).
    public var cue: String?
    public var range: TextRange
    /// The sentence the figure stands in.
    public var sentence: TextRange?

    public init(
        text: String, value: Double, unit: String? = nil, approx: Approx? = nil,
        change: Double? = nil, changeBase: String? = nil, upperValue: Double? = nil,
        indicator: String? = nil, cue: String? = nil, range: TextRange, sentence: TextRange? = nil
    ) {
        self.text = text
        self.value = value
        self.unit = unit
        self.approx = approx
        self.change = change
        self.changeBase = changeBase
        self.upperValue = upperValue
        self.indicator = indicator
        self.cue = cue
        self.range = range
        self.sentence = sentence
    }
}
