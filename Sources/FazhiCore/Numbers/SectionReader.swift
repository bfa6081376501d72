import Foundation

/// The section stack that reads a Chinese numeral one scalar at a time.
///
/// Inside a section 十/百/千 multiply the digit before them and must go down (一千二百三十);
/// 万 closes the section (once per 亿 group) and 亿 closes everything read so far, so
/// `一亿零二百三十二万零五百三十五` is 1·10⁸ + 232·10⁴ + 535. A leading 十 is 10; 零 marks a gap;
/// a digit right after a unit is the next place down (`一万二` = 12000, `两千五` = 2500).
/// Two digits side by side (`八五`, `二〇二一`, `三四十`) are no numeral.
struct SectionReader {
    private var total = Decimal(0)      // groups closed by 亿
    private var wan = Decimal(0)        // the 万 part of the current 亿 group, multiplied out
    private var section = 0             // the current section, below 万
    private var digit: Int?             // a digit waiting for its unit
    private var lastUnit = 10_000       // the last 十/百/千 of the section: units must go down
    private var lastMultiplier = 1      // the place of the unit just read (for 一万二)
    private var afterZero = false
    private var sawWan = false
    private var sawYi = false
    private var sawAnything = false

    /// Takes one scalar; `false` when the numeral becomes ill-formed.
    mutating func read(_ n: NumeralScalar) -> Bool {
        switch n {
        case .arabic:
            return false
        case .digit(let d, _):
            if d == 0 {
                guard digit == nil else { return false }
                afterZero = sawAnything
                sawAnything = true
                return true
            }
            guard digit == nil else { return false }
            digit = d
            sawAnything = true
            return true
        case .unit(let u, _):
            let d: Int
            if let pending = digit {
                d = pending
            } else if u == 10 && (lastUnit == 10_000 || afterZero) {
                d = 1  // 十五, 一万零十
            } else {
                return false
            }
            guard u < lastUnit else { return false }
            section += d * u
            digit = nil
            lastUnit = u
            lastMultiplier = u
            afterZero = false
            sawAnything = true
            return true
        case .big(let power):
            let value = section + (digit ?? 0)
            if power == 4 {
                guard value > 0, !sawWan else { return false }
                wan = Decimal(value) * 10_000
                sawWan = true
                lastMultiplier = 10_000
            } else {
                let group = wan + Decimal(value)
                guard group > 0, !sawYi else { return false }
                total = (total + group) * 100_000_000
                wan = 0
                sawWan = false
                sawYi = true
                lastMultiplier = 100_000_000
            }
            section = 0
            digit = nil
            lastUnit = 10_000
            afterZero = false
            return true
        }
    }

    /// The value read, or `nil` when nothing was read or a trailing 零 dangles.
    func finish() -> Decimal? {
        guard sawAnything else { return nil }
        var value = total + wan + Decimal(section)
        if let digit {
            // 一万二: a digit right after a unit stands one place below it; after 零 it is units.
            let place = afterZero || lastMultiplier == 1 ? 1 : lastMultiplier / 10
            value += Decimal(digit) * Decimal(place)
        } else if afterZero {
            return nil
        }
        return value
    }

    /// Reads the decimals after 点 (`一点五七`) and an optional closing 万/亿 (`一点五万`).
    func finishWithFraction(_ rest: ArraySlice<Unicode.Scalar>) -> Decimal? {
        // Only an integer below 万 takes decimals (一点五, 十二点三); 一万二点五 is no numeral.
        guard !sawWan, !sawYi, let whole = finish() else { return nil }
        var mantissa: UInt64 = 0
        var places = 0
        var i = rest.startIndex
        while i < rest.endIndex, rest[i] != "两", rest[i] != "兩", let d = NumeralScalar.chineseDigit(rest[i]),
              places < 18 {
            mantissa = mantissa * 10 + UInt64(d)
            places += 1
            i += 1
        }
        guard places > 0 else { return nil }
        var value = whole + Decimal(sign: .plus, exponent: -places, significand: Decimal(mantissa))
        if i < rest.endIndex {
            guard i == rest.index(before: rest.endIndex), case .big(let power)? = NumeralScalar(rest[i]) else {
                return nil
            }
            value *= Decimal(sign: .plus, exponent: power, significand: 1)
        }
        return value
    }
}
