import Foundation

extension QuantityScanner {
    /// Reads an Arabic numeral at `start`: digits, a fraction, conservative thousands separators and
    /// an attached scale (`1.2万`, `15495万`, `3.7亿`). Dates, times, codes and versions are stepped
    /// over whole (`2021-03-31`, `10:00`, `12·4`, `XM04100-01-03`, `5G`, `1+3+X`, `010-…`).
    /// `afterConnector`: the numeral is the upper end of a range (`3-5件`), so the `-` before it is
    /// no chain.
    func readArabic(_ t: [Unicode.Scalar], at start: Int, afterConnector: Bool = false) -> NumeralRead {
        let n = t.count
        if start > 0, !afterConnector {
            let p = t[start - 1]
            if p.isASCIILetter || p.joinsDigitChain || p.gluesFormula { return .skip(to: chainEnd(t, from: start)) }
        }
        var i = start
        var integer: UInt64 = 0
        var digits = 0
        while i < n, let d = NumeralScalar.arabicDigit(t[i]) {
            guard digits < 18 else { return .skip(to: chainEnd(t, from: start)) }
            integer = integer * 10 + UInt64(d)
            digits += 1
            i += 1
        }
        // A leading zero makes a code, a phone or an index number (010, 001).
        if digits > 1, NumeralScalar.arabicDigit(t[start]) == 0 { return .skip(to: chainEnd(t, from: start)) }
        if digits <= 3, let grouped = extendThousands(t, from: i, integer: integer, digits: digits) {
            (integer, i, digits) = grouped
        }
        var mantissa = integer
        var fraction = 0
        if i + 1 < n, t[i] == "." || t[i] == "．", NumeralScalar.arabicDigit(t[i + 1]) != nil {
            i += 1
            while i < n, let d = NumeralScalar.arabicDigit(t[i]) {
                guard digits + fraction < 18 else { return .skip(to: chainEnd(t, from: start)) }
                mantissa = mantissa * 10 + UInt64(d)
                fraction += 1
                i += 1
            }
        }
        if i + 1 < n, t[i].joinsDigitChain, NumeralScalar.arabicDigit(t[i + 1]) != nil {
            // Only two groups joined by a range connector may be a range (3-5件); the rest is a chain.
            if !t[i].connectsRange || chainGroups(t, from: start) > 2 { return .skip(to: chainEnd(t, from: start)) }
        }
        if i < n, t[i].isASCIILetter || t[i].gluesFormula { return .skip(to: chainEnd(t, from: start)) }
        var token = NumberToken(
            start: start, end: i, value: Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa)),
            isChinese: false)
        token.integer = integer
        token.integerDigits = digits
        token.hasFraction = fraction > 0
        let (multiplier, scaleEnd) = readScale(t, at: i, arabic: true)
        if scaleEnd > i {
            // 3万2 and 13万2千 are left alone: the spoken shorthand is ambiguous in writing.
            if scaleEnd < n, NumeralScalar.arabicDigit(t[scaleEnd]) != nil || NumeralScalar.chineseDigit(t[scaleEnd]) != nil {
                return .skip(to: scaleEnd)
            }
            token.value *= multiplier
            token.multiplier = multiplier
            token.end = scaleEnd
        }
        return .token(token)
    }

    /// A scale written after a number: 万 亿 万亿 (and 百 千 百万 千万 after Arabic digits), unless the
    /// characters start a unit (千米, 千克, 百分点). Returns the multiplier and where the scale ends.
    func readScale(_ t: [Unicode.Scalar], at i: Int, arabic: Bool) -> (Decimal, Int) {
        let n = t.count
        guard i < n, NumeralScalar.code(t[i]) >= 32 else { return (1, i) }
        if lexicon.units.longestMatch(in: t, at: i) != nil { return (1, i) }
        for length in [2, 1] where i + length <= n {
            let slice = t[i..<(i + length)]
            if !arabic, slice.contains(where: { $0 == "百" || $0 == "千" }) { continue }
            if let m = ChineseNumeral.scaleMultiplier(slice) { return (m, i + length) }
        }
        return (1, i)
    }

    /// `1,234` read as 1234 only when every group after the comma has exactly three digits and a unit,
    /// %, scale or 余/多 follows: `24件,受理24件` and `24,受理` never merge. Full-width `，` never joins.
    private func extendThousands(
        _ t: [Unicode.Scalar], from i: Int, integer: UInt64, digits: Int
    ) -> (UInt64, Int, Int)? {
        let n = t.count
        var j = i
        var value = integer
        var count = digits
        while j + 3 < n, t[j] == ",", count + 3 <= 18 {
            var group: UInt64 = 0
            var ok = true
            for k in 1...3 {
                guard let d = NumeralScalar.arabicDigit(t[j + k]), t[j + k].value < 0x80 else { ok = false; break }
                group = group * 10 + UInt64(d)
            }
            guard ok, j + 4 >= n || NumeralScalar.arabicDigit(t[j + 4]) == nil else { break }
            value = value * 1000 + group
            count += 3
            j += 4
        }
        guard j > i else { return nil }
        var k = j
        if k + 1 < n, t[k] == ".", NumeralScalar.arabicDigit(t[k + 1]) != nil {
            k += 1
            while k < n, NumeralScalar.arabicDigit(t[k]) != nil { k += 1 }
        }
        guard k < n,
              lexicon.units.longestMatch(in: t, at: k) != nil || lexicon.between.longestMatch(in: t, at: k) != nil
                || t[k] == "万" || t[k] == "亿"
        else { return nil }
        return (value, j, count)
    }

    /// How many digit groups a chain joined by `-`, `:`, `·`, `/` has (fractions stay inside a group).
    private func chainGroups(_ t: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        var groups = 0
        while j < t.count, NumeralScalar.arabicDigit(t[j]) != nil {
            groups += 1
            while j < t.count, NumeralScalar.arabicDigit(t[j]) != nil { j += 1 }
            if j + 1 < t.count, t[j] == ".", NumeralScalar.arabicDigit(t[j + 1]) != nil {
                j += 1
                while j < t.count, NumeralScalar.arabicDigit(t[j]) != nil { j += 1 }
            }
            guard j + 1 < t.count, t[j].joinsDigitChain, NumeralScalar.arabicDigit(t[j + 1]) != nil else { break }
            j += 1
        }
        return groups
    }

    /// The end of a run of digits, Latin letters and joiners: a date, code or formula read as one.
    func chainEnd(_ t: [Unicode.Scalar], from start: Int) -> Int {
        var j = start
        while j < t.count {
            let c = t[j]
            if NumeralScalar.arabicDigit(c) != nil || c.isASCIILetter {
                j += 1
            } else if c.joinsDigitChain || c.gluesFormula, j + 1 < t.count,
                      NumeralScalar.arabicDigit(t[j + 1]) != nil || t[j + 1].isASCIILetter {
                j += 1
            } else {
                break
            }
        }
        return max(j, start + 1)
    }
}
