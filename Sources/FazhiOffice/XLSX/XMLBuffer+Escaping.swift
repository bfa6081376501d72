/// Text and attribute values made safe for XML 1.0 and for Excel.
extension XMLBuffer {
    /// Appends element text: `& < >` escaped, characters XML 1.0 forbids dropped (controls other than tab
    /// and line feed, U+FFFE, U+FFFF), `\r\n` and `\r` as `\n`, a literal `_xHHHH_` protected (Excel would
    /// read it as an escaped character), and cut to Excel's 32,767 characters.
    func appendText(_ text: String) {
        appendEscaped(text, inAttribute: false)
    }

    /// Appends an attribute value (in double quotes): like ``appendText(_:)`` plus `"` escaped and tabs
    /// and line breaks as character references, which attribute-value normalisation keeps.
    func appendAttribute(_ text: String) {
        appendEscaped(text, inAttribute: true)
    }

    private func appendEscaped(_ text: String, inAttribute: Bool) {
        var text = text
        if text.utf8.count > Self.maximumCellTextLength, text.utf16.count > Self.maximumCellTextLength {
            text = SheetName.truncated(text, to: Self.maximumCellTextLength)
        }
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let end = utf8.count
            var start = 0  // the first byte not yet copied
            var index = 0
            while index < end {
                let byte = base[index]
                // Bytes that need nothing are copied in runs; only these few need attention.
                if byte >= 0x40 && byte != UInt8(ascii: "_") && byte != 0xEF
                    || byte >= 0x20 && byte < 0x40 && byte != UInt8(ascii: "&") && byte != UInt8(ascii: "<")
                    && byte != UInt8(ascii: ">") && byte != UInt8(ascii: "\"") {
                    index += 1
                    continue
                }
                append(base + start, count: index - start)
                index += 1
                start = index
                switch byte {
                case UInt8(ascii: "&"): append("&amp;")
                case UInt8(ascii: "<"): append("&lt;")
                case UInt8(ascii: ">"): append("&gt;")
                case UInt8(ascii: "\""): inAttribute ? append("&quot;") : append(byte: byte)
                case 0x0D:
                    if index < end, base[index] == 0x0A { continue }  // \r\n: the \n follows
                    inAttribute ? append("&#10;") : append(byte: 0x0A)
                case 0x0A: inAttribute ? append("&#10;") : append(byte: 0x0A)
                case 0x09: inAttribute ? append("&#9;") : append(byte: 0x09)
                case 0..<0x20: break  // forbidden in XML 1.0
                case 0xEF:
                    if index + 1 < end, base[index] == 0xBF, base[index + 1] >= 0xBE {
                        index += 2  // U+FFFE, U+FFFF: not XML characters
                        start = index
                    } else {
                        append(byte: byte)
                    }
                case UInt8(ascii: "_"):
                    if !inAttribute && Self.isEscapeSequence(base, end, at: index) {
                        append("_x005F_")
                    } else {
                        append(byte: byte)
                    }
                default: append(byte: byte)
                }
            }
            append(base + start, count: end - start)
        }
    }

    /// Whether `x` + four hex digits + `_` starts at `index` (the `_` before it already read).
    private static func isEscapeSequence(_ base: UnsafePointer<UInt8>, _ end: Int, at index: Int) -> Bool {
        guard index + 5 < end, base[index] == UInt8(ascii: "x"), base[index + 5] == UInt8(ascii: "_") else {
            return false
        }
        for position in index + 1...index + 4 {
            switch base[position] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
                 UInt8(ascii: "A")...UInt8(ascii: "F"): continue
            default: return false
            }
        }
        return true
    }
}
