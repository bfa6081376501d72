import Foundation
import PropertyBased
import Testing
@testable import FazhiCore

struct ChineseNumeralTests {
    /// cn2an's cases (strict and normal modes) and the mixed forms reports write.
    @Test(arguments: [
        ("零", "0"), ("〇", "0"), ("一", "1"), ("十", "10"), ("十五", "15"), ("一十五", "15"), ("二十", "20"),
        ("两千", "2000"), ("两", "2"), ("一百零一", "101"), ("一百一十", "110"), ("一千零一", "1001"),
        ("一千零一十", "1010"), ("一万零一十", "10010"), ("一万零十", "10010"), ("一万二千", "12000"),
        ("一万二", "12000"), ("两千五", "2500"), ("三百五", "350"), ("十万", "100000"), ("十五万", "150000"),
        ("一千零一万零一", "10010001"), ("一亿零二百三十二万零五百三十五", "102320535"),
        ("五十万零五千", "505000"), ("一百九十万零三千九百七十一", "1903971"), ("一万亿", "1000000000000"),
        ("一亿二", "120000000"), ("九千九百九十九亿九千九百九十九万九千九百九十九", "999999999999"),
        ("壹仟零壹", "1001"), ("贰拾叁", "23"), ("壹万贰仟叁佰", "12300"), ("兩萬", "20000"),
        ("一点五", "1.5"), ("十二点三四", "12.34"), ("零点零七", "0.07"), ("一点五万", "15000"),
        ("百分之一点五七", "1.57"), ("百分之九十", "90"), ("百分之百", "100"), ("千分之五", "5"),
        ("负十", "-10"),
        ("1.2万", "12000"), ("15495万", "154950000"), ("3.7亿", "370000000"), ("7.3万", "73000"),
        ("1744万", "17440000"), ("8.5亿", "850000000"), ("69.29", "69.29"), ("0.07", "0.07"), ("5千万", "50000000"),
        ("1.2万亿", "1200000000000"), ("1,234", "1234"), ("12,345,678", "12345678"), ("１２３", "123"),
    ])
    func parsesNumerals(_ text: String, _ expected: String) throws {
        let want = try #require(Decimal(string: expected))
        #expect(ChineseNumeral.parse(text) == want)
    }

    /// Strings that are no (single, well-formed) numeral.
    @Test(arguments: [
        "", "十四五", "十五五", "八五", "二〇二一", "三四十", "两三", "一两", "一百十", "百", "千", "万", "亿", "万一",
        "亿万", "一万二万", "零售", "两会", "两点半", "一点", "点五", "十〇", "一千零", "3万2", "1.2.3", "12,34", "1,2345",
        "伍月", "一亿亿", "一点两",
    ])
    func rejectsNonNumerals(_ text: String) {
        #expect(ChineseNumeral.parse(text) == nil)
    }

    @Test func percentDecimalsAreExact() {
        // cn2an gives 1.5699999999999998 (#26); a Decimal keeps 1.57.
        #expect(ChineseNumeral.parse("百分之一点五七") == Decimal(sign: .plus, exponent: -2, significand: 157))
        #expect(ChineseNumeral.parse("0.07").map { $0 * 100 } == 7)
    }

    @Test(arguments: [
        (0, "零"), (5, "五"), (10, "十"), (15, "十五"), (20, "二十"), (101, "一百零一"), (110, "一百一十"),
        (1001, "一千零一"), (1010, "一千零一十"), (10010, "一万零一十"), (12300, "一万二千三百"),
        (100000, "十万"), (150000, "十五万"), (10010001, "一千零一万零一"),
        (102320535, "一亿零二百三十二万零五百三十五"), (100000000, "一亿"), (120000005, "一亿二千万零五"),
        (100500000, "一亿零五十万"), (1000000000000, "一万亿"), (-12, "负十二"),
    ])
    func writesStandardForms(_ n: Int, _ expected: String) {
        #expect(ChineseNumeral.write(n) == expected)
    }

    @Test func writtenIntegersParseBack() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...999_999_999_999)) { n in
            #expect(ChineseNumeral.parse(ChineseNumeral.write(n)) == Decimal(n))
        }
    }

    @Test func arabicWithScaleParsesBack() async {
        await propertyCheck(count: 500, input: Gen.int(in: 1...999_999_999_999)) { n in
            let written = ScaledFigure.write(n, scale: n >= 100_000_000 ? 8 : 4)
            #expect(ChineseNumeral.parse(written) == Decimal(n), "\(written)")
        }
    }
}

/// Writes an integer as Arabic digits with a scale word, as reports do: 12345 → `1.2345万`.
enum ScaledFigure {
    static func write(_ n: Int, scale power: Int) -> String {
        let divisor = power == 8 ? 100_000_000 : 10_000
        let whole = n / divisor
        var fraction = String(n % divisor)
        fraction = String(repeating: "0", count: power - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(whole)" + (fraction.isEmpty ? "" : ".\(fraction)") + (power == 8 ? "亿" : "万")
    }
}
