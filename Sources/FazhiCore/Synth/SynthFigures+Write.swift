extension SynthFigures {
    /// A count as written, with the value and qualifier a careful reader takes from it.
    struct Written {
        var text: String
        var value: Double
        var approx: Approx?
    }

    /// Measure words that small counts are spelled before in Chinese (两次, 三期).
    private static let measureWords: Set<String> = ["次", "场", "期", "项", "个", "名", "场次"]

    /// Writes `n` as reports do: plain (24件), spelled (两次; never 一, which reads as 一是, 一次性), in 万 (1.2万条), or rounded with a
    /// qualifier (1100余人次, 400多项, 近1200件, 约80场, 200件以上).
    mutating func write(_ n: Int, unit: String, approxChance: Double, numerals: Bool) -> Written {
        if numerals, (2...10).contains(n), Self.measureWords.contains(unit), rng.chance(0.3) {
            return Written(text: SynthNumberText.chinese(n) + unit, value: Double(n), approx: nil)
        }
        let qualified = n >= 30 && approxChance > 0 && rng.chance(approxChance)
        if n >= 10_000, approxChance > 0, rng.chance(0.5) {
            return wan(n, unit: unit, qualified: qualified)
        }
        guard qualified else { return Written(text: "\(n)\(unit)", value: Double(n), approx: nil) }
        let digits = n < 100 ? 1 : 2
        let down = SynthNumberText.roundDown(n, digits: digits)
        let up = SynthNumberText.roundUp(n, digits: digits)
        switch rng.weighted([0.6, up > n ? 0.2 : 0, 0.2]) {
        case 0:
            let forms = ["\(down)余\(unit)", "\(down)多\(unit)", "\(down)\(unit)以上", "超过\(down)\(unit)"]
            return Written(text: rng.pick(forms), value: Double(down), approx: .over)
        case 1:
            return Written(text: "近\(up)\(unit)", value: Double(up), approx: .under)
        default:
            let text = rng.chance(0.5) ? "约\(down)\(unit)" : "\(down)\(unit)左右"
            return Written(text: text, value: Double(down), approx: .about)
        }
    }

    /// 52072 → 5.2万 (value 52000), 5.2万余, 约5.2万, 近5.3万.
    private mutating func wan(_ n: Int, unit: String, qualified: Bool) -> Written {
        let tenths = n / 1000
        func text(_ t: Int) -> String { SynthNumberText.decimal(Double(t) / 10, decimals: t % 10 == 0 ? 0 : 1) + "万" }
        guard qualified else { return Written(text: text(tenths) + unit, value: Double(tenths) * 1000, approx: nil) }
        switch rng.int(0...3) {
        case 0, 1: return Written(text: text(tenths) + "余" + unit, value: Double(tenths) * 1000, approx: .over)
        case 2: return Written(text: "约" + text(tenths) + unit, value: Double(tenths) * 1000, approx: .about)
        default: return Written(text: "近" + text(tenths + 1) + unit, value: Double(tenths + 1) * 1000, approx: .under)
        }
    }
}
