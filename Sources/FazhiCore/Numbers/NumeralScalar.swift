/// What one scalar is to the number grammar: a digit, a unit of a Chinese numeral, or nothing.
///
/// Arabic digits are ASCII or full-width (`０`–`９`); Chinese digits are 零〇一二两三…九 and the
/// financial (大写) forms 壹贰叁肆伍陆柒捌玖; units are 十百千 (拾佰仟) inside a section and 万/亿
/// closing one. Traditional 萬億兩 and 貳參陸 are read too, for `ChineseNumeral.parse` on raw text.
enum NumeralScalar: Equatable {
    case arabic(Int)
    case digit(Int, formal: Bool)
    /// 十 = 10, 百 = 100, 千 = 1000.
    case unit(Int, formal: Bool)
    /// 万 = 4, 亿 = 8 (the power of ten).
    case big(Int)

    /// A lookup table over the Basic Multilingual Plane (codes: 1…10 Arabic digit + 1, 11…20 Chinese
    /// digit, 21…30 大写 digit, 31…36 十百千拾佰仟, 37 万, 38 亿); 0 for scalars that are no numeral.
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 0x10000)
        for d in 0...9 {
            t[0x30 + d] = UInt8(1 + d)
            t[0xFF10 + d] = UInt8(1 + d)
        }
        let digits: [(String, Int)] = [
            ("零〇", 0), ("一", 1), ("二两兩", 2), ("三", 3), ("四", 4), ("五", 5), ("六", 6), ("七", 7),
            ("八", 8), ("九", 9),
        ]
        for (chars, d) in digits {
            for s in chars.unicodeScalars { t[Int(s.value)] = UInt8(11 + d) }
        }
        let formal: [(String, Int)] = [
            ("壹", 1), ("贰貳", 2), ("叁參", 3), ("肆", 4), ("伍", 5), ("陆陸", 6), ("柒", 7), ("捌", 8), ("玖", 9),
        ]
        for (chars, d) in formal {
            for s in chars.unicodeScalars { t[Int(s.value)] = UInt8(21 + d) }
        }
        for (chars, code) in [("十", 31), ("百", 32), ("千", 33), ("拾", 34), ("佰", 35), ("仟", 36),
                              ("万萬", 37), ("亿億", 38)] {
            for s in chars.unicodeScalars { t[Int(s.value)] = UInt8(code) }
        }
        return t
    }()

    /// The table code of a scalar (0: not a numeral); cheap enough for the scanner's hot loop.
    @inline(__always)
    static func code(_ s: Unicode.Scalar) -> UInt8 {
        s.value < 0x10000 ? table[Int(s.value)] : 0
    }

    init?(_ s: Unicode.Scalar) {
        self.init(code: NumeralScalar.code(s))
    }

    init?(code c: UInt8) {
        switch c {
        case 1...10: self = .arabic(Int(c) - 1)
        case 11...20: self = .digit(Int(c) - 11, formal: false)
        case 21...30: self = .digit(Int(c) - 21, formal: true)
        case 31: self = .unit(10, formal: false)
        case 32: self = .unit(100, formal: false)
        case 33: self = .unit(1000, formal: false)
        case 34: self = .unit(10, formal: true)
        case 35: self = .unit(100, formal: true)
        case 36: self = .unit(1000, formal: true)
        case 37: self = .big(4)
        case 38: self = .big(8)
        default: return nil
        }
    }

    /// An Arabic digit's value (ASCII or full-width).
    @inline(__always)
    static func arabicDigit(_ s: Unicode.Scalar) -> Int? {
        let c = code(s)
        return c >= 1 && c <= 10 ? Int(c) - 1 : nil
    }

    /// Whether the scalar belongs to a Chinese numeral (digit, unit or 万/亿), 大写 forms included.
    @inline(__always)
    static func isChinese(_ s: Unicode.Scalar) -> Bool { code(s) >= 11 }

    /// Whether the scalar is a 大写 (financial) digit or unit: 伍 alone is the 伍 of 队伍.
    static func isFormal(_ s: Unicode.Scalar) -> Bool {
        let c = code(s)
        return (c >= 22 && c <= 30) || (c >= 34 && c <= 36)
    }

    /// A Chinese digit's value (零 … 九, 两, 大写), else `nil`.
    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        let c = code(s)
        switch c {
        case 11...20: return Int(c) - 11
        case 21...30: return Int(c) - 21
        default: return nil
        }
    }
}

extension Unicode.Scalar {
    /// An ASCII Latin letter: a number touching one is a code or model name (5G, XM04100, APP2.0).
    var isASCIILetter: Bool {
        (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
    }

    /// Ends a sentence for the `sentence` range of a quantity.
    var endsSentence: Bool {
        switch value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF1B, 0x3B, 0x0A: return true  // 。！？!?；;\n
        default: return false
        }
    }

    /// Ends a clause: where a change's base (同比) is no longer searched.
    var endsClause: Bool {
        if endsSentence { return true }
        switch value {
        case 0x2C, 0xFF0C, 0x3001, 0xFF1A, 0x3A: return true  // , ， 、 ： :
        default: return false
        }
    }
}
