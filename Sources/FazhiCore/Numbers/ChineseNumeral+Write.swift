extension ChineseNumeral {
    private static let digitNames: [String] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// The standard written form of an integer: `十五`, `一千零一`, `一万二千三百`, `一亿零五十万`.
    ///
    /// A leading 一十 is written 十 (`十五万`); inside a number it stays (`一万零一十五`); one 零
    /// stands for every run of skipped places. Negative numbers take 负.
    public static func write(_ n: Int) -> String {
        if n == 0 { return "零" }
        if n < 0 {
            // -Int.min overflows: write its magnitude through UInt.
            return "负" + writePositive(n.magnitude)
        }
        return writePositive(UInt(n))
    }

    private static func writePositive(_ n: UInt) -> String {
        var text = writeRaw(n)
        if text.hasPrefix("一十") { text.removeFirst() }
        return text
    }

    private static func writeRaw(_ n: UInt) -> String {
        if n >= 100_000_000 {
            let high = n / 100_000_000
            let low = n % 100_000_000
            var text = writeRaw(high) + "亿"
            if low > 0 {
                if low < 10_000_000 { text += "零" }
                text += writeRaw(low)
            }
            return text
        }
        if n >= 10_000 {
            let high = n / 10_000
            let low = n % 10_000
            var text = writeSection(high) + "万"
            if low > 0 {
                if low < 1000 { text += "零" }
                text += writeSection(low)
            }
            return text
        }
        return writeSection(n)
    }

    /// 1…9999 with 千百十 and one 零 per gap: 一千零一, 一千零一十, 三百零五.
    private static func writeSection(_ n: UInt) -> String {
        var text = ""
        var gap = false
        for (place, unit) in [(UInt(1000), "千"), (100, "百"), (10, "十"), (1, "")] {
            let d = Int((n / place) % 10)
            if d == 0 {
                if !text.isEmpty { gap = true }
            } else {
                if gap { text += "零" }
                gap = false
                text += digitNames[d] + unit
            }
        }
        return text
    }
}
