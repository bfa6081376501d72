/// Official documents use full-width punctuation in Chinese text: a ledger typed with half-width
/// `, ; : ( ) ? !` gets the full-width forms, except between digits or Latin letters (1,000; A:B).
enum Punctuation {
    static let fullWidth: [Character: Character] = [
        ",": "，", ";": "；", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！",
    ]

    static func normalized(_ text: String) -> String {
        let characters = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for (index, character) in characters.enumerated() {
            guard let wide = fullWidth[character] else {
                out.append(character)
                continue
            }
            let before = index > 0 ? characters[index - 1] : " "
            let after = index + 1 < characters.count ? characters[index + 1] : " "
            let latinContext = isLatin(before) && (isLatin(after) || after == " ")
                || (character == "(" && isLatin(after)) || (character == ")" && isLatin(before))
            out.append(latinContext ? character : wide)
        }
        return out
    }

    private static func isLatin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
}
