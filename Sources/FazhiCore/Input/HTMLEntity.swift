/// Decodes an HTML character reference: `&ldquo;`, `&nbsp` (legacy, without `;`), `&#20013;`,
/// `&#x4E2D;`. Numeric references in 0x80–0x9F mean Windows-1252, as browsers read them.
enum HTMLEntity {
    /// Windows-1252 characters that pages write as `&#147;` and the like.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D,
        0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x99: 0x2122, 0xB7: 0xB7,
    ]

    /// The characters the reference at `start` (an `&`) stands for and the index after it, or
    /// `nil` when no reference starts there (the `&` is then plain text).
    static func decode(_ scalars: [Unicode.Scalar], at start: Int, rules: HTMLRules) -> ([Unicode.Scalar], Int)? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index] == "#" {
            index += 1
            let hex = index < scalars.count && (scalars[index] == "x" || scalars[index] == "X")
            if hex { index += 1 }
            let digitsStart = index
            while index < scalars.count, index - digitsStart < 8, isDigit(scalars[index], hex: hex) { index += 1 }
            guard index > digitsStart,
                let value = UInt32(String(String.UnicodeScalarView(scalars[digitsStart..<index])), radix: hex ? 16 : 10)
            else { return nil }
            if index < scalars.count, scalars[index] == ";" { index += 1 }
            let mapped = windows1252[value] ?? value
            let scalar = mapped == 0 ? nil : Unicode.Scalar(mapped)
            return ([scalar ?? "\u{FFFD}"], index)
        }
        let nameStart = index
        while index < scalars.count, index - nameStart < 12,
            scalars[index].isASCIILetter || isDigit(scalars[index], hex: false)
        {
            index += 1
        }
        let name = String(String.UnicodeScalarView(scalars[nameStart..<index]))
        guard let value = rules.entities[name] else { return nil }
        if index < scalars.count, scalars[index] == ";" { return (value, index + 1) }
        return rules.legacyEntities.contains(name) ? (value, index) : nil
    }

    private static func isDigit(_ scalar: Unicode.Scalar, hex: Bool) -> Bool {
        switch scalar.value {
        case 0x30...0x39: true
        case 0x41...0x46, 0x61...0x66: hex
        default: false
        }
    }
}
