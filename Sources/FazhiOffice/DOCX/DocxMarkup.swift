/// Escapes text for WordprocessingML element text and attribute values: `& < > "` as entities;
/// characters XML 1.0 forbids (controls other than tab and line feed, U+FFFE, U+FFFF) are dropped.
/// (Unlike cell text, Word gives `_xHHHH_` no meaning, so it is left as it is.)
enum DocxMarkup {
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
