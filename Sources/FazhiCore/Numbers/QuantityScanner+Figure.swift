import Foundation

/// A numeral with what follows it: range, qualifier, scale, unit (`1.2万余条`, `3至5件`, `90%以上`).
struct Figure {
    var end: Int
    var value: Decimal
    var upper: Decimal?
    var unit: String
    var approx: Approx?
}

extension QuantityScanner {
    /// Reads what follows a numeral; `nil` when no unit, %, ‰ or 倍 follows (a bare number, a name,
    /// a date): such numbers are never quantities. `resume` is where scanning goes on after a miss
    /// (past both ends of a failed range, so `2021至2025年` leaves no `2025`).
    func readFigure(_ t: [Unicode.Scalar], _ token: NumberToken, resume: inout Int) -> Figure? {
        let n = t.count
        var p = token.end
        var figure = Figure(end: p, value: token.value, upper: nil, unit: "", approx: nil)
        if let percent = token.percent {
            figure.unit = percent
            return finish(t, &figure, at: p)
        }
        if lexicon.followers.longestMatch(in: t, at: p) != nil { return nil }
        // A range: 3至5件, 3-5件, 5%-10%.
        var rangePercent: String?
        var yearLike = token.isYearLike
        if p + 2 < n, t[p] == "%" || t[p] == "％", t[p + 1].connectsRange {
            rangePercent = "%"
            p += 1
        }
        if p + 1 < n, t[p].connectsRange {
            guard let second = rangeEnd(t, after: p, like: token) else { return nil }
            resume = second.end
            yearLike = yearLike || second.isYearLike
            var lower = token.value
            if !token.isScaled, second.isScaled, token.value < second.value / second.multiplier {
                lower *= second.multiplier  // 1至2万人: both ends in 万
            }
            guard lower < second.value else { return nil }
            figure.value = lower
            figure.upper = second.value
            p = second.end
            if rangePercent != nil {
                guard p < n, t[p] == "%" || t[p] == "％" else { return nil }
            }
        } else if rangePercent != nil {
            return nil
        }
        if let between = lexicon.between.longestMatch(in: t, at: p) {
            figure.approx = between.value
            p += between.length
            if !token.isScaled && figure.upper == nil {
                // 100余万元, 十余万人: the scale after the qualifier.
                let (multiplier, end) = readScale(t, at: p, arabic: !token.isChinese)
                if end > p {
                    figure.value *= multiplier
                    p = end
                }
            }
        }
        guard let unit = lexicon.units.longestMatch(in: t, at: p) else { return nil }
        if let word = lexicon.falseUnits.longestMatch(in: t, at: p), word.length > unit.length { return nil }
        figure.unit = unit.value.unit
        figure.approx = figure.approx ?? unit.value.approx
        p += unit.length
        // 2021年, 2020年度: dates, not durations.
        if (figure.unit == "年" || figure.unit == "年度"), yearLike { return nil }
        return finish(t, &figure, at: p)
    }

    /// Reads 以上/以下/左右 after the unit and closes the figure.
    private func finish(_ t: [Unicode.Scalar], _ figure: inout Figure, at p: Int) -> Figure {
        var end = p
        if let after = lexicon.after.longestMatch(in: t, at: p) {
            figure.approx = after.value
            end += after.length
        }
        figure.end = end
        return figure
    }

    /// The upper end of a range: a numeral of the same kind right after the connector.
    private func rangeEnd(_ t: [Unicode.Scalar], after p: Int, like token: NumberToken) -> NumberToken? {
        let q = p + 1
        guard q < t.count else { return nil }
        let read: NumeralRead
        if token.isChinese {
            guard NumeralScalar.isChinese(t[q]), t[p] == "至" || t[p] == "到" else { return nil }
            read = readChinese(t, at: q)
        } else {
            guard NumeralScalar.arabicDigit(t[q]) != nil else { return nil }
            read = readArabic(t, at: q, afterConnector: true)
        }
        guard case .token(let second) = read, !second.isLone, second.percent == nil else { return nil }
        return second
    }
}
