import FazhiCore
import Foundation

/// Writes a figure as officials write it: Arabic numerals with the unit (218件), 余/近/约 for
/// approximate counts (900余项), up to two decimals for rates (16.06%), 万 for large round numbers
/// (120000条 → 12万条); and last year's figure as a change (同比增长9.5%, 较上年提高2个百分点).
struct FigureWriter: Sendable {
    var phrases: DraftPhrases = .shared
    var catalog: IndicatorCatalog = .shared

    func text(_ figure: Ledger.Figure) -> String {
        guard let indicator = catalog.indicator(figure.indicator) else { return Self.number(figure.value) }
        let unit = figure.unit ?? indicator.unit
        let text: String
        if indicator.isRate {
            let n = Self.number(figure.value)
            text = switch figure.approx {
            case "over": DraftPhrases.fill(phrases.approx.overRate, ["n": n])
            case "under": DraftPhrases.fill(phrases.approx.underRate, ["n": n])
            case "about": DraftPhrases.fill(phrases.approx.aboutRate, ["n": n])
            default: "\(n)%"
            }
        } else {
            let n = Self.count(figure.value)
            let template = switch figure.approx {
            case "over": phrases.approx.over
            case "under": phrases.approx.under
            case "about": phrases.approx.about
            default: "{n}{u}"
            }
            text = DraftPhrases.fill(template, ["n": n, "u": unit])
        }
        return text
    }

    /// The change from last year's value, or `nil` when there is nothing to compare with (last year 0).
    func change(_ value: Double, previous: Double, rate: Bool) -> String? {
        if value == previous { return phrases.change.flat }
        if rate {
            let p = Self.number(abs(value - previous))
            return DraftPhrases.fill(value > previous ? phrases.change.rateUp : phrases.change.rateDown, ["p": p])
        }
        guard previous > 0 else { return nil }
        let p = Self.number(abs(value - previous) / previous * 100, decimals: 1)
        return DraftPhrases.fill(value > previous ? phrases.change.up : phrases.change.down, ["p": p])
    }

    /// A count: digits without separators, or 万 for a large round number that 万 writes exactly.
    static func count(_ value: Double) -> String {
        if value >= 100_000, value.truncatingRemainder(dividingBy: 1_000) == 0 {
            return number(value / 10_000, decimals: 1) + "万"
        }
        return number(value)
    }

    /// A number with at most `decimals` decimals and no trailing zeros: 16.06, 100, 12.5.
    static func number(_ value: Double, decimals: Int = 2) -> String {
        var text = String(format: "%.\(decimals)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
