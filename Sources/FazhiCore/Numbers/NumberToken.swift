import Foundation

/// One numeral found in the text, before its unit and qualifiers are read: `1.2万`, `一万二千`, `百分之九十`.
struct NumberToken {
    var start: Int
    var end: Int
    /// The value with any attached scale multiplied out (`1.2万` → 12000).
    var value: Decimal
    var isChinese: Bool
    /// The integer part of an Arabic numeral as written (no fraction, no scale), for year checks.
    var integer: UInt64 = 0
    var integerDigits = 0
    var hasFraction = false
    /// The scale attached to the numeral (万 → 10⁴); 1 when none.
    var multiplier = Decimal(1)
    /// A lone 一, 二 or 零: an article (一批, 一套), an ordinal (二期工程, 二次开发: counts say 两) or
    /// "zero" (零投诉); never a count here.
    var isLone = false
    /// A scale alone (百, 千, 万): a count only with a qualifier (百余家, 近千人, 万余份).
    var isLoneScale = false
    /// Starts with 十/百/千/万 (数十件, 几百人, 上千人 are vague).
    var startsWithScale = false
    /// `%` or `‰` for 百分之九十 / 千分之五.
    var percent: String?

    var isScaled: Bool { multiplier != 1 }

    /// A year (`2021`) or a year span that lost its dash (`20212025`): never a count before 年.
    var isYearLike: Bool {
        guard !isChinese, !hasFraction, !isScaled else { return false }
        if integerDigits == 4 { return (1900...2100).contains(integer) }
        if integerDigits == 8 {
            return (1900...2100).contains(integer / 10_000) && (1900...2100).contains(integer % 10_000)
        }
        return false
    }
}

/// What reading a numeral gave: a token, or a stretch to step over (a date, a code, a name).
enum NumeralRead {
    case token(NumberToken)
    case skip(to: Int)
}

extension Unicode.Scalar {
    /// Joins the parts of a date, time, code or version: 2021-03-31, 10:00, 12·4, 2.0.1, 3/5.
    var joinsDigitChain: Bool {
        switch value {
        case 0x2D, 0xFF0D, 0x2014, 0x2013, 0x7E, 0xFF5E, 0x3A, 0xFF1A, 0xB7, 0x2022, 0x30FB, 0x2E, 0xFF0E,
             0x2F, 0xFF0F, 0x5F:
            return true  // - － — – ~ ～ : ： · • ・ . ． / ／ _
        default:
            return false
        }
    }

    /// Connects the two ends of a range: 3至5件, 3-5件, 3~5件, 3—5件.
    var connectsRange: Bool {
        switch value {
        case 0x81F3, 0x5230, 0x2D, 0xFF0D, 0x2014, 0x2013, 0x7E, 0xFF5E: return true  // 至 到 - － — – ~ ～
        default: return false
        }
    }

    /// Glues a number into a formula or code: 1+3+X, 3×4, 2*3, #5.
    var gluesFormula: Bool {
        switch value {
        case 0x2B, 0xFF0B, 0xD7, 0x2A, 0x23, 0x3D, 0x40, 0x26: return true  // + ＋ × * # = @ &
        default: return false
        }
    }
}
