/// Cleans Tesseract's chi_sim output.
///
/// Choices (see RESULTS.md):
/// * Tesseract emits a space between almost every pair of Han characters. Any
///   run of horizontal whitespace between two "CJK-like" characters (Han, kana,
///   CJK/full-width punctuation) is removed.
/// * With `joinCJKWithLatin`, whitespace between CJK and an ASCII letter/digit
///   is removed too ("2020 年" → "2020年"); Latin–Latin spaces stay ("COVID 19").
///   Whitespace between CJK and ASCII punctuation is always removed ("来源 :").
/// * Lines are kept as Tesseract gives them (no paragraph joining: line ends are
///   layout, but joining risks gluing headings to body text; the lead's parser
///   can join). Each line is trimmed; runs of blank lines collapse to one
///   blank line (Tesseract's block separator); lines with no letter, digit or
///   Han character and at most 3 symbols (seal/edge specks like "|" "_") are dropped.
/// * ASCII , ; : ( ) ? ! between two Han characters become full-width, and
///   full-width ASCII letters/digits become ASCII. Nothing else is remapped.
public enum TextPostprocessor {
    public static func clean(_ raw: String, joinCJKWithLatin: Bool = true) -> String {
        var lines: [String] = []
        var pendingBlank = false
        for line in raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let fixed = fixLine(Array(line), joinCJKWithLatin: joinCJKWithLatin)
            if fixed.isEmpty || isNoise(fixed) {
                pendingBlank = !lines.isEmpty
                continue
            }
            if pendingBlank { lines.append("") }
            pendingBlank = false
            lines.append(fixed)
        }
        return lines.joined(separator: "\n")
    }

    static func fixLine(_ chars: [Character], joinCJKWithLatin: Bool) -> String {
        var out: [Character] = []
        out.reserveCapacity(chars.count)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if isSpace(c) {
                var j = i
                while j < chars.count, isSpace(chars[j]) { j += 1 }
                // Leading/trailing whitespace of the line: drop.
                guard let before = out.last, j < chars.count else { i = j; continue }
                if !shouldJoin(before, chars[j], joinCJKWithLatin: joinCJKWithLatin) { out.append(" ") }
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        // ASCII punctuation wedged between two Han characters is a recognition slip.
        for k in out.indices.dropFirst().dropLast() where isHan(out[k - 1]) && isHan(out[k + 1]) {
            if let wide = fullWidthPunctuation[out[k]] { out[k] = wide }
        }
        return String(out.map(narrowAlphanumeric))
    }

    static func shouldJoin(_ a: Character, _ b: Character, joinCJKWithLatin: Bool) -> Bool {
        if isCJK(a) && isCJK(b) { return true }
        // "来源 :" / "指导, 认真": Chinese text has no space next to punctuation.
        if (isCJK(a) && isASCIIPunctuation(b)) || (isASCIIPunctuation(a) && isCJK(b)) { return true }
        guard joinCJKWithLatin else { return false }
        return (isCJK(a) && isASCIIAlnum(b)) || (isASCIIAlnum(a) && isCJK(b))
    }

    static func isNoise(_ line: String) -> Bool {
        guard line.count <= 3 else { return false }
        return !line.contains { $0.isLetter || $0.isNumber }
    }

    static func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{3000}" || c == "\u{A0}" }
    static func isASCIIPunctuation(_ c: Character) -> Bool { c.isASCII && (c.isPunctuation || c.isSymbol) }
    static func isASCIIAlnum(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }

    static func isHan(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v)
    }

    /// Han, kana, CJK symbols and punctuation, full-width forms, and the
    /// general punctuation Chinese text uses (“ ” ‘ ’ — …).
    static func isCJK(_ c: Character) -> Bool {
        if isHan(c) { return true }
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x3000...0x30FF).contains(v) || (0xFF00...0xFFEF).contains(v)
            || (0x2010...0x2027).contains(v) || (0xFE30...0xFE4F).contains(v)
    }

    static let fullWidthPunctuation: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！",
    ]

    /// Full-width ASCII letters and digits (Ａ, ０) → ASCII; full-width punctuation is kept.
    static func narrowAlphanumeric(_ c: Character) -> Character {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value,
              (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v),
              let ascii = Unicode.Scalar(v - 0xFEE0)
        else { return c }
        return Character(ascii)
    }
}
