import Foundation

/// Finds every figure of a report's text and normalizes it; keeps out what is not a quantity.
///
/// A quantity is a numeral with a unit, %, ‰ or 倍, with its qualifiers and scale:
/// `近300件`, `1000余项`, `1.2万余条` (12000, over, 条), `15495万元` (154950000 元), `90%以上`,
/// `百分之九十`, `两次`, `3至5件` (3…5), `同比增长77%` (77, change +77, base 同比).
/// Not quantities: bare numbers (headings, hotlines, codes), dates and year spans, anything inside
/// quotes, 《》 or 〔〕, ordinals (第一), ranks (排名前3), `连续6年`, set phrases (三项制度, 十四五),
/// a lone 一, 二 or 零 (一批, 二期工程, 零投诉), a scale without a qualifier (百姓, 千家万户; but
/// 百余家 and 近千人 are read). One pass, index-based, over the scalars; word lists are tries.
///
/// Decisions: a number without a unit, %, ‰ or 倍 is never reported, even when it looks like a
/// count (precision first: a false figure misleads). Ranges `3至5件`, `3-5件`, `三至五件`, `5%-10%`
/// are read as `value` 3 with `upperValue` 5; adjacent-digit ranges (`三四十人`, `两三个`) are not
/// read. `1,234` joins only with an ASCII comma, groups of exactly three digits and a unit or
/// scale right after; a full-width `，` always separates. No space may stand inside a figure.
public struct QuantityScanner: Sendable {
    let lexicon: NumberLexicon

    public static let shared = QuantityScanner()

    public init() {
        lexicon = .shared
    }

    /// The quantities of `text` (simplified script), in order, not overlapping.
    ///
    /// Ranges are code-point offsets into `text`. `original` is the text as the source writes it
    /// (same length, e.g. traditional script): each quantity's `text` is taken from it when given.
    /// `indicator` is left `nil`; `sentence` is the sentence the figure stands in.
    public func scan(_ text: [Unicode.Scalar], original: [Unicode.Scalar]? = nil) -> [Quantity] {
        let source = original.map { $0.count == text.count ? $0 : text } ?? text
        var found: [Quantity] = []
        var sentences = SentenceLocator()
        let table = lexicon.classTable
        let n = text.count
        var i = 0
        while i < n {
            let value = text[i].value
            let code = value < 0x10000 ? table[Int(value)] : 0
            if code == 0 {
                i += 1
                continue
            }
            if code >= 0x80 {
                i = enclosureEnd(text, at: i, enclosure: Int(code) - 0x80) ?? i + 1
                continue
            }
            let read = code <= 10 ? readArabic(text, at: i) : readChinese(text, at: i)
            guard case .token(let token) = read else {
                if case .skip(let end) = read { i = max(end, i + 1) }
                continue
            }
            if let end = setPhraseEnd(text, covering: i) {
                i = max(end, token.end)
                continue
            }
            var resume = token.end
            guard let figure = readFigure(text, token, resume: &resume),
                  !token.isLone || figure.unit == "倍" || figure.upper != nil  // 一倍, 一至三件
            else {
                i = max(resume, i + 1)
                continue
            }
            i = figure.end
            guard var context = readContext(text, token, unit: figure.unit),
                  !token.isLoneScale || context.approx != nil || figure.approx != nil
            else { continue }
            if context.sign == nil, context.approx == nil, let last = found.last, last.change != nil,
               last.unit == figure.unit, last.range.end + 1 == token.start, "、和及".unicodeScalars.contains(text[last.range.end]) {
                // 同比分别下降63.4%、67.5%: the second figure shares the first one's change.
                context.sign = last.change.map { $0 < 0 ? -1 : 1 }
                context.base = last.changeBase
            }
            let amount = Self.double(figure.value)
            let range = TextRange(start: context.start, end: figure.end)
            found.append(Quantity(
                text: String(String.UnicodeScalarView(source[range.asRange])),
                value: amount,
                unit: figure.unit,
                approx: context.approx ?? figure.approx,
                change: context.sign.map { Double($0) * amount },
                changeBase: context.sign == nil ? nil : context.base,
                upperValue: figure.upper.map(Self.double),
                range: range,
                sentence: sentences.sentence(in: text, around: range)))
        }
        return found
    }

    /// Scans a string (for tests and one-off use): the string's scalars are the offsets.
    public func scan(_ text: String) -> [Quantity] {
        scan(Array(text.unicodeScalars))
    }

    /// Where an enclosure opened at `i` closes (its content is a name, title or document number),
    /// or `nil` when no closer follows within its limit on the same line.
    private func enclosureEnd(_ text: [Unicode.Scalar], at i: Int, enclosure k: Int) -> Int? {
        let (close, limit) = lexicon.enclosures[k]
        let end = min(text.count, i + 2 + limit)
        var j = i + 1
        while j < end {
            let c = text[j]
            if c == close { return j + 1 }
            if c == "\n" { return nil }
            j += 1
        }
        return nil
    }

    /// A `Decimal` as the nearest `Double` (via its exact decimal text, so 69.29 stays 69.29).
    static func double(_ d: Decimal) -> Double {
        Double(d.description) ?? NSDecimalNumber(decimal: d).doubleValue
    }
}
