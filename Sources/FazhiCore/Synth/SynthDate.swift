/// A calendar date, with the little arithmetic the generator needs (no Foundation calendars).
struct SynthDate: Sendable, Hashable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    static func < (a: SynthDate, b: SynthDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The date `days` later (or earlier, when negative).
    func adding(days: Int) -> SynthDate {
        var d = self
        var left = days
        while left > 0 {
            d.day += 1
            if d.day > Self.daysIn(month: d.month, year: d.year) {
                d.day = 1
                d.month += 1
                if d.month > 12 { d.month = 1; d.year += 1 }
            }
            left -= 1
        }
        while left < 0 {
            d.day -= 1
            if d.day < 1 {
                d.month -= 1
                if d.month < 1 { d.month = 12; d.year -= 1 }
                d.day = Self.daysIn(month: d.month, year: d.year)
            }
            left += 1
        }
        return d
    }

    /// `YYYY-MM-DD`.
    var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// 2021年1月29日.
    var chinese: String { "\(year)年\(month)月\(day)日" }

    /// 二〇二一年一月二十九日, as some 公文 sign.
    var chineseNumerals: String {
        let digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let y = String(year).compactMap { $0.wholeNumberValue }.map { digits[$0] }.joined()
        return "\(y)年\(ChineseNumeral.write(month))月\(ChineseNumeral.write(day))日"
    }
}

extension SynthDate {
    /// Days from 1970-01-01 (proleptic Gregorian; Howard Hinnant's `days_from_civil`).
    var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
