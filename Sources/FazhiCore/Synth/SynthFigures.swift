/// Draws and writes a report's figures, and records the catalog figures it planted.
///
/// Counts are drawn at the level's magnitude (a province handles more cases than a township),
/// parts stay below their wholes (受理 ≤ 收到), and rates are computed from the counts written
/// beside them — or, when the report is meant to contradict itself, stated a few points off.
struct SynthFigures {
    let specs: [String: SynthBank.Figure]
    let catalogUnits: [String: String]
    let scale: Double
    /// Whether the first rate written should contradict its counts.
    let contradict: Bool
    var rng: SynthRandom
    private var counts: [String: Int] = [:]
    private(set) var planted: [SynthTruth.Figure] = []
    private(set) var rate: SynthTruth.RateCheck?
    private(set) var traps: [String] = []

    init(specs: [String: SynthBank.Figure], catalogUnits: [String: String], scale: Double, contradict: Bool,
         rng: SynthRandom) {
        self.specs = specs
        self.catalogUnits = catalogUnits
        self.scale = scale
        self.contradict = contradict
        self.rng = rng
    }

    /// The ids planted so far.
    var plantedIDs: Set<String> { Set(planted.map(\.id)) }

    /// The true count of a count indicator, drawn once (a part from its whole).
    mutating func count(_ id: String) -> Int {
        if let value = counts[id] { return value }
        let spec = specs[id]
        var value: Int
        if let whole = spec?.of, let share = spec?.share, share.count == 2 {
            let base = count(whole)
            value = min(base, Int((Double(base) * rng.double(share[0], share[1] + 1e-9)).rounded()))
            if value == 0, base > 0, share[0] > 0 { value = 1 }
        } else {
            let range = spec?.range ?? [1, 10]
            let factor = spec?.scale == false ? 1 : scale
            let low = max(1, range[0] * factor)
            let high = max(low, range[1] * factor)
            let u = rng.unit()
            value = max(1, Int(low + (high - low) * u * u))
        }
        counts[id] = value
        return value
    }

    /// Writes the figure of catalog indicator `id` (`{ind:ID}`) and records it.
    mutating func plant(_ id: String) -> String {
        let spec = specs[id] ?? SynthBank.Figure()
        if let percent = spec.percent, percent.count == 2 {
            let decimals = rng.pick(spec.decimals ?? [1])
            let value = rng.chance(spec.p100 ?? 0) ? 100 : SynthNumberText.value(rng.double(percent[0], percent[1]), decimals: decimals)
            let text = SynthNumberText.decimal(value, decimals: value == 100 ? 0 : decimals) + "%"
            planted.append(.init(id: id, value: value, unit: "%", approx: nil,
                                 change: spec.change == "down" ? -value : nil, text: text))
            return text
        }
        let unit = spec.units.map { rng.pick($0) } ?? catalogUnits[id] ?? "件"
        let written = write(count(id), unit: unit, approxChance: spec.approx ?? 0.15, numerals: true)
        planted.append(.init(id: id, value: written.value, unit: unit, approx: written.approx, change: nil, text: written.text))
        return written.text
    }

    /// Writes the rate `id` (`{rate:ID}`) from its counts, which the phrase has written before it.
    mutating func plantRate(_ id: String) -> String {
        guard let pair = specs[id]?.rate, pair.count == 2 else { return "100%" }
        let numerator = planted.last { $0.id == pair[0] }?.value ?? Double(count(pair[0]))
        let denominator = planted.last { $0.id == pair[1] }?.value ?? Double(count(pair[1]))
        guard denominator > 0 else { return "100%" }
        let computed = numerator / denominator * 100
        let decimals = [2, 2, 1, 1, 0][rng.int(0...4)]
        var stated = SynthNumberText.value(computed, decimals: decimals)
        let off = contradict && rate == nil
        if off {
            let raised = computed * rng.double(1.12, 1.4)
            stated = SynthNumberText.value(raised <= 99 ? raised : computed * rng.double(0.6, 0.85), decimals: max(1, decimals))
        }
        let text = SynthNumberText.decimal(stated, decimals: off ? max(1, decimals) : decimals) + "%"
        if rate == nil {
            rate = .init(indicator: id, stated: stated, computed: SynthNumberText.value(computed, decimals: 2), consistent: !off)
        }
        planted.append(.init(id: id, value: stated, unit: "%", approx: nil, change: nil, text: text))
        return text
    }

    /// A figure of no indicator (`{n:UNIT:LO-HI}`), scaled by level when it is not a small count.
    mutating func generic(unit: String, low: Int, high: Int) -> String {
        let big = unit.unicodeScalars.contains { $0 == "万" || $0 == "亿" }
        let factor = high > 12 && !big ? scale : 1
        let lo = max(1, Double(low) * factor)
        let hi = max(lo, Double(high) * factor)
        let u = rng.unit()
        return write(Int(lo + (hi - lo) * u * u), unit: unit, approxChance: big ? 0 : 0.15, numerals: false).text
    }

    /// A percentage of no indicator (`{pct:LO-HI}`).
    mutating func percent(low: Int, high: Int) -> String {
        if low == high { return "\(low)%" }
        var decimals = rng.chance(0.5) ? 1 : 0
        let value = SynthNumberText.value(rng.double(Double(low), Double(high)), decimals: decimals)
        if value == value.rounded() { decimals = 0 }
        return SynthNumberText.decimal(value, decimals: decimals) + "%"
    }

    /// A duration used as praise (连续5年), recorded as a trap.
    mutating func streak() -> String {
        let text = "连续\(rng.int(3...8))年"
        traps.append(text)
        return text
    }
}
