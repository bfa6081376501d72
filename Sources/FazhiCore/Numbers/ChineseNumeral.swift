import Foundation

/// Reads and writes numerals as Chinese reports write them, exactly (as `Decimal`, never `Double`).
///
/// `一亿零二百三十二万零五百三十五` → 102320535, `十五` → 15, `两千` → 2000, `一万二` → 12000,
/// `百分之一点五七` → 1.57, `1.2万` → 12000, `15495万` → 154950000, `3.7亿` → 370000000.
/// Strict: `十四五`, `八五`, `二〇二一` (digits side by side), `一百十`, `百`, `零售` are no numbers.
public enum ChineseNumeral {
    /// The value of a whole numeral string, or `nil` when the string is not exactly one numeral.
    public static func parse(_ s: some StringProtocol) -> Decimal? {
        parse(Array(s.unicodeScalars))
    }

    /// The value of a whole numeral written as scalars, or `nil`.
    public static func parse(_ scalars: [Unicode.Scalar]) -> Decimal? {
        var i = 0
        var negative = false
        if let first = scalars.first, first == "负" || first == "-" {
            negative = true
            i = 1
        }
        if scalars.count >= i + 3, scalars[i + 1] == "分", scalars[i + 2] == "之",
           scalars[i] == "百" || scalars[i] == "千" {
            i += 3
            // 百分之百 is the one lone unit that reads: 100.
            if scalars.count == i + 1, scalars[i] == "百" { return negative ? -100 : 100 }
        }
        guard i < scalars.count else { return nil }
        let rest = scalars[i...]
        let value: Decimal?
        if NumeralScalar.arabicDigit(rest[rest.startIndex]) != nil {
            value = parseArabic(rest)
        } else {
            value = parseChinese(rest)
        }
        guard let value else { return nil }
        return negative ? -value : value
    }

    /// Arabic digits with an optional fraction, thousands separators and a trailing scale (`1.2万`).
    static func parseArabic(_ s: ArraySlice<Unicode.Scalar>) -> Decimal? {
        var i = s.startIndex
        var mantissa: UInt64 = 0
        var digits = 0
        var fraction = 0
        var inFraction = false
        var group = 0
        var sawComma = false
        while i < s.endIndex {
            let c = s[i]
            if let d = NumeralScalar.arabicDigit(c) {
                guard digits < 18 else { return nil }
                mantissa = mantissa * 10 + UInt64(d)
                digits += 1
                group += 1
                if inFraction { fraction += 1 }
            } else if (c == "." || c == "．") && !inFraction && group > 0 {
                if sawComma && group != 3 { return nil }
                inFraction = true
                group = 0
            } else if c == "," && !inFraction && group > 0 && (sawComma ? group == 3 : group <= 3) {
                sawComma = true
                group = 0
            } else {
                break
            }
            i += 1
        }
        guard digits > 0, group > 0, !(sawComma && !inFraction && group != 3) else { return nil }
        guard let scale = scaleMultiplier(s[i...]) else { return nil }
        return Decimal(sign: .plus, exponent: -fraction, significand: Decimal(mantissa)) * scale
    }

    /// The multiplier of a scale written after Arabic digits: 百 千 万 亿 百万 千万 万亿 (1 when empty).
    static func scaleMultiplier(_ s: ArraySlice<Unicode.Scalar>) -> Decimal? {
        var multiplier = Decimal(1)
        var lastPower = 0
        for c in s {
            let power: Int
            switch c {
            case "百": power = 2
            case "千": power = 3
            case "万", "萬": power = 4
            case "亿", "億": power = 8
            default: return nil
            }
            // 百万, 千万, 万亿 go up; 万万 or 亿万 do not.
            guard power > lastPower, !(lastPower >= 2 && lastPower <= 3 && power <= 3) else { return nil }
            multiplier *= Decimal(sign: .plus, exponent: power, significand: 1)
            lastPower = power
        }
        return multiplier
    }

    /// A Chinese numeral (digits, units, 点 and decimals): the whole slice or `nil`.
    static func parseChinese(_ s: ArraySlice<Unicode.Scalar>) -> Decimal? {
        var reader = SectionReader()
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            if c == "点" || c == "點" {
                return reader.finishWithFraction(s[(i + 1)...])
            }
            guard let n = NumeralScalar(c), reader.read(n) else { return nil }
            i += 1
        }
        return reader.finish()
    }
}
