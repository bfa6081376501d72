/// A calendar date found in a report, with where it stands.
public struct FoundDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var range: Range<Int>

    /// `YYYY-MM-DD`.
    public var iso: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }
}

/// Reads dates as reports and web pages write them: `2021-03-31`, `2021/3/31`, `2021.03.31`,
/// `2021年1月29日`, `二〇二一年一月二十九日`.
public enum DateParser {
    /// The first date in `text[range]`.
    public static func firstDate(in text: [Unicode.Scalar], range: Range<Int>) -> FoundDate? {
        var i = range.lowerBound
        while i < range.upperBound {
            if let date = date(in: text, at: i, end: range.upperBound) { return date }
            i += 1
        }
        return nil
    }

    /// A date starting exactly at `start`.
    public static func date(in text: [Unicode.Scalar], at start: Int, end: Int) -> FoundDate? {
        if text[start].isDigit, start == 0 || !text[start - 1].isDigit {
            return arabicDate(text, start, end)
        }
        if chineseDigit(text[start]) != nil {
            return chineseDate(text, start, end)
        }
        return nil
    }

    private static func arabicDate(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> FoundDate? {
        var i = start
        func number(maxDigits: Int) -> Int? {
            var value = 0
            var count = 0
            while i < end, count < maxDigits, let d = text[i].digitValue {
                value = value * 10 + d
                i += 1
                count += 1
            }
            return count > 0 ? value : nil
        }
        guard let year = number(maxDigits: 4), i - start == 4, (1990...2100).contains(year), i < end else { return nil }
        let sep = text[i]
        let separators: Set<Unicode.Scalar> = ["-", "/", ".", "年", "－"]
        guard separators.contains(sep) else { return nil }
        i += 1
        while i < end, text[i] == " " { i += 1 }
        guard let month = number(maxDigits: 2), (1...12).contains(month), i < end else { return nil }
        let sep2 = text[i]
        if sep == "年" { guard sep2 == "月" else { return nil } } else { guard sep2 == sep else { return nil } }
        i += 1
        while i < end, text[i] == " " { i += 1 }
        guard let day = number(maxDigits: 2), (1...31).contains(day) else { return nil }
        if sep == "年" {
            guard i < end, text[i] == "日" || text[i] == "号" else { return nil }
            i += 1
        } else if i < end, text[i].isDigit {
            return nil
        }
        return FoundDate(year: year, month: month, day: day, range: start..<i)
    }

    private static func chineseDate(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> FoundDate? {
        var i = start
        var year = 0
        while i < end, let d = chineseDigit(text[i]), d < 10 {
            year = year * 10 + d
            i += 1
        }
        guard i - start == 4, (1990...2100).contains(year), i < end, text[i] == "年" else { return nil }
        i += 1
        guard let (month, afterMonth) = smallNumber(text, i, end), (1...12).contains(month),
              afterMonth < end, text[afterMonth] == "月" else { return nil }
        i = afterMonth + 1
        guard let (day, afterDay) = smallNumber(text, i, end), (1...31).contains(day),
              afterDay < end, text[afterDay] == "日" else { return nil }
        return FoundDate(year: year, month: month, day: day, range: start..<(afterDay + 1))
    }

    /// 一 … 三十一, or Arabic digits.
    private static func smallNumber(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> (Int, Int)? {
        var i = start
        if i < end, text[i].isDigit {
            var v = 0
            while i < end, let d = text[i].digitValue, i - start < 2 { v = v * 10 + d; i += 1 }
            return (v, i)
        }
        var digits: [Int] = []
        while i < end, digits.count < 3, let d = chineseDigit(text[i]) { digits.append(d); i += 1 }
        guard !digits.isEmpty else { return nil }
        let value: Int?
        switch digits.count {
        case 1: value = digits[0]
        case 2 where digits[0] == 10: value = 10 + digits[1]
        case 2 where digits[1] == 10: value = digits[0] * 10
        case 3 where digits[1] == 10: value = digits[0] * 10 + digits[2]
        default: value = nil
        }
        return value.map { ($0, i) }
    }

    /// 〇/零 and the digits 一 … 十 of ``ChineseOrdinal``.
    private static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        "〇零○Ｏ".unicodeScalars.contains(s) ? 0 : ChineseOrdinal.digit(s)
    }
}
