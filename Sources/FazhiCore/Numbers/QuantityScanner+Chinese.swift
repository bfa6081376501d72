import Foundation

extension QuantityScanner {
    /// Reads a Chinese numeral at `start` (`一万二千`, `两`, `十`, `一点五`, `百分之九十`).
    ///
    /// A run that is no well-formed numeral (`十四五`, `八五`, `二〇二一`, `三四十`, `万一`) is stepped over
    /// whole; a single 大写 character is a word (`伍` of 队伍, `陆` of 陆续); fractions other than
    /// 百分之/千分之 (`三分之一`) are not read.
    func readChinese(_ t: [Unicode.Scalar], at start: Int) -> NumeralRead {
        let n = t.count
        if start + 3 < n, t[start + 1] == "分", t[start + 2] == "之", t[start] == "百" || t[start] == "千" {
            return readPercentWords(t, at: start)
        }
        var end = start
        var formal = 0
        var firstFormal = start
        var bigPower = 0
        while end < n {
            let c = t[end]
            if NumeralScalar.isChinese(c) {
                if NumeralScalar.isFormal(c) {
                    if formal == 0 { firstFormal = end }
                    formal += 1
                }
                if case .big(let power)? = NumeralScalar(c) { bigPower = max(bigPower, power) }
                end += 1
            } else if c == "点", end > start, end + 1 < n, NumeralScalar.chineseDigit(t[end + 1]) != nil {
                end += 1
            } else {
                break
            }
        }
        if formal == 1 {
            end = firstFormal
            bigPower = t[start..<end].contains { $0 == "亿" } ? 8 : t[start..<end].contains { $0 == "万" } ? 4 : 0
        }
        guard end > start else { return .skip(to: start + 1) }
        if end + 1 < n, t[end] == "分", t[end + 1] == "之" {
            var j = end + 2
            while j < n, NumeralScalar.code(t[j]) != 0 || t[j] == "点" { j += 1 }
            return .skip(to: j)
        }
        let run = t[start..<end]
        var token: NumberToken
        if let value = ChineseNumeral.parseChinese(run) {
            token = NumberToken(start: start, end: end, value: value, isChinese: true)
            token.isLone = end - start == 1 && "一二零〇".unicodeScalars.contains(t[start])
        } else if end - start <= 2, formal == 0, let scale = ChineseNumeral.scaleMultiplier(run) {
            token = NumberToken(start: start, end: end, value: scale, isChinese: true)
            token.isLoneScale = true
        } else {
            return .skip(to: end)
        }
        if case .unit? = NumeralScalar(t[start]) { token.startsWithScale = true }
        if case .big? = NumeralScalar(t[start]) { token.startsWithScale = true }
        if bigPower > 0 { token.multiplier = Decimal(sign: .plus, exponent: bigPower, significand: 1) }
        return .token(token)
    }

    /// 百分之九十 → 90 %, 百分之一点五七 → 1.57 %, 百分之百 → 100 %, 千分之五 → 5 ‰.
    private func readPercentWords(_ t: [Unicode.Scalar], at start: Int) -> NumeralRead {
        let n = t.count
        let p = start + 3
        let unit = t[start] == "百" ? "%" : "‰"
        var token: NumberToken
        if t[p] == "百", p + 1 >= n || !NumeralScalar.isChinese(t[p + 1]) {
            // 百分之百
            token = NumberToken(start: p, end: p + 1, value: 100, isChinese: true)
        } else if NumeralScalar.arabicDigit(t[p]) != nil, case .token(let arabic) = readArabic(t, at: p),
                  !arabic.isScaled {
            token = arabic
        } else if NumeralScalar.isChinese(t[p]), t[p] != "百", t[p] != "千",
                  case .token(let chinese) = readChinese(t, at: p), !chinese.isScaled, !chinese.isLoneScale {
            token = chinese
        } else {
            return .skip(to: p)
        }
        token.start = start
        token.isLone = false
        token.startsWithScale = false
        token.percent = unit
        return .token(token)
    }
}
