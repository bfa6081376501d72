import Foundation

/// How much a decoded text looks like Chinese prose, to choose between GB18030 and Big5.
///
/// Both legacy encodings accept most byte pairs, so a wrong guess still decodes — into rare
/// characters, kana, Greek, bopomofo or private-use code points. The score is the share of
/// non-ASCII characters that are common hanzi or CJK punctuation, minus twice the share of
/// characters no report holds. Correct decodings score about 0.95–1, wrong ones below 0.5.
enum DecodingScore {
    /// GB2312's level-1 hanzi (3,755 common simplified characters, bytes B0A1–D7F9) and Big5's
    /// 常用字 (5,401 common traditional characters, bytes A440–C67E), read from the encodings.
    static let commonHanzi: Set<UInt32> = {
        var gb = [UInt8]()
        for lead in UInt8(0xB0)...0xD7 {
            for trail in UInt8(0xA1)...(lead == 0xD7 ? 0xF9 : 0xFE) { gb += [lead, trail] }
        }
        var big5 = [UInt8]()
        for lead in UInt8(0xA4)...0xC6 {
            for trail in UInt8(0x40)...0x7E { big5 += [lead, trail] }
            if lead < 0xC6 { for trail in UInt8(0xA1)...0xFE { big5 += [lead, trail] } }
        }
        let texts = [TextEncoding.gb18030.decode(Data(gb)), TextEncoding.big5.decode(Data(big5))]
        return Set(texts.compactMap { $0 }.flatMap { $0.unicodeScalars.map(\.value) })
    }()

    /// The score of a decoded text: 1 for pure ASCII, at most 1, below 0 for noise.
    static func score(_ text: String) -> Double {
        var good = 0
        var bad = 0
        var total = 0
        for scalar in text.unicodeScalars where scalar.value >= 0x80 {
            total += 1
            switch kind(of: scalar.value) {
            case .good: good += 1
            case .bad: bad += 1
            case .neutral: break
            }
        }
        guard total > 0 else { return 1 }
        return Double(good - 2 * bad) / Double(total)
    }

    /// How many characters outside ASCII the text holds (a score over few of them means little).
    static func nonASCIICount(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x80 ? 1 : 0) }
    }

    private enum Kind { case good, neutral, bad }

    private static func kind(of value: UInt32) -> Kind {
        if commonHanzi.contains(value) { return .good }
        switch value {
        case 0x3000...0x303F, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x2010...0x203B, 0x00A0...0x00BF,
            0x00D7, 0x00F7, 0x2160...0x217F, 0x2460...0x24FF, 0x25A0...0x25FF:
            return .good  // CJK and fullwidth punctuation, quotes and dashes, ①, Ⅳ, ●, ×, ·
        case 0x0080...0x009F, 0x02B0...0x02FF, 0x0370...0x04FF, 0x1100...0x11FF, 0x3040...0x30FF,
            0x3100...0x312F, 0xAC00...0xD7AF, 0xE000...0xF8FF, 0xF900...0xFAFF, 0xFE10...0xFE4F,
            0xFF61...0xFF9F, 0xFFFD:
            return .bad  // controls, Greek, Cyrillic, kana, bopomofo, Hangul, private use, compatibility
        default:
            return .neutral
        }
    }
}
