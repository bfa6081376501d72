/// A numbering marker at the start of a line: `一、` `(一)` `（一）` `1.` `1、` `（1）` `①` `第一部分`.
///
/// `HeadingMarker.parse` reads one at a position and tells its style (which fixes its rank in the
/// usual 公文 hierarchy 一、 > (一) > 1. > (1) > ①) and its ordinal.
public struct HeadingMarker: Sendable, Hashable {
    public enum Style: String, Sendable, Codable, CaseIterable {
        case part = "第一部分"
        case chinese = "一、"
        case parenChinese = "(一)"
        case arabic = "1."
        case parenArabic = "(1)"
        case circled = "①"

        /// The rank in the hierarchy: smaller is higher.
        public var rank: Int {
            switch self {
            case .part: 0
            case .chinese: 1
            case .parenChinese: 2
            case .arabic: 3
            case .parenArabic: 4
            case .circled: 5
            }
        }
    }

    public var style: Style
    public var ordinal: Int
    /// How many code points the marker takes (punctuation included).
    public var length: Int

    /// Reads a marker at `start` of `text`, or returns `nil`.
    public static func parse(_ text: [Unicode.Scalar], at start: Int, end: Int) -> HeadingMarker? {
        guard start < end else { return nil }
        let first = text[start]
        if first == "(" || first == "（" {
            return parseParenthesized(text, at: start, end: end)
        }
        if let circled = circledValue(first) {
            return HeadingMarker(style: .circled, ordinal: circled, length: 1)
        }
        if first.isDigit {
            var i = start
            var value = 0
            while i < end, i - start < 3, let d = text[i].digitValue {
                value = value * 10 + d
                i += 1
            }
            guard i < end, i - start <= 2, value > 0 else { return nil }
            let punct = text[i]
            guard punct == "." || punct == "．" || punct == "、" else { return nil }
            // 1.2万 is a number, not a heading.
            if i + 1 < end, text[i + 1].isDigit || text[i + 1] == "%" { return nil }
            return HeadingMarker(style: .arabic, ordinal: value, length: i + 1 - start)
        }
        if first == "第" {
            var i = start + 1
            while i < end, i - start < 4, ChineseOrdinal.digit(text[i]) != nil { i += 1 }
            guard i > start + 1, i + 1 < end, text[i] == "部", text[i + 1] == "分",
                  let n = ChineseOrdinal.value(text[(start + 1)..<i]) else { return nil }
            var length = i + 2 - start
            if length + start < end, [":", "：", "、", " ", "　"].contains(text[start + length]) { length += 1 }
            return HeadingMarker(style: .part, ordinal: n, length: length)
        }
        var i = start
        while i < end, i - start < 3, ChineseOrdinal.digit(text[i]) != nil { i += 1 }
        guard i > start, i < end, text[i] == "、" || text[i] == "．" || text[i] == ".",
              let n = ChineseOrdinal.value(text[start..<i]) else { return nil }
        return HeadingMarker(style: .chinese, ordinal: n, length: i + 1 - start)
    }

    private static func parseParenthesized(
        _ text: [Unicode.Scalar], at start: Int, end: Int
    ) -> HeadingMarker? {
        var i = start + 1
        while i < end, i - start <= 4, text[i] != ")", text[i] != "）" { i += 1 }
        guard i < end, i > start + 1, text[i] == ")" || text[i] == "）" else { return nil }
        let inner = text[(start + 1)..<i]
        if inner.allSatisfy({ $0.isDigit }), inner.count <= 2 {
            let value = inner.reduce(0) { $0 * 10 + ($1.digitValue ?? 0) }
            guard value > 0 else { return nil }
            return HeadingMarker(style: .parenArabic, ordinal: value, length: i + 1 - start)
        }
        guard let n = ChineseOrdinal.value(inner) else { return nil }
        return HeadingMarker(style: .parenChinese, ordinal: n, length: i + 1 - start)
    }

    private static func circledValue(_ s: Unicode.Scalar) -> Int? {
        (0x2460...0x2473).contains(s.value) ? Int(s.value - 0x2460 + 1) : nil
    }
}

/// Chinese ordinals as headings write them: 一 … 十, 十一 … 九十九.
enum ChineseOrdinal {
    static func digit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        case "十": 10
        default: nil
        }
    }

    static func value<C: Collection>(_ scalars: C) -> Int? where C.Element == Unicode.Scalar {
        let digits = scalars.compactMap(digit)
        guard digits.count == scalars.count, !digits.isEmpty else { return nil }
        switch digits.count {
        case 1:
            return digits[0]
        case 2 where digits[0] == 10 && digits[1] < 10:
            return 10 + digits[1]
        case 2 where digits[1] == 10 && digits[0] < 10:
            return digits[0] * 10
        case 3 where digits[1] == 10 && digits[0] < 10 && digits[2] < 10:
            return digits[0] * 10 + digits[2]
        default:
            return nil
        }
    }
}
