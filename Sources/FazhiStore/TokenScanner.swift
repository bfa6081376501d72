/// Splits UTF-8 text into what the search tokenizers index: ASCII words and numbers (lowercased)
/// and single Han characters (with full-width letters and digits); everything else separates.
///
/// `scan` reports each unit with its byte range; `run` tells whether a character unit continues a
/// run of such characters (nothing between it and the previous one).
struct TokenScanner {
    enum Unit {
        /// An ASCII word, lowercased.
        case word([CChar])
        /// One Han (or full-width) character.
        case character
    }

    let bytes: UnsafePointer<UInt8>
    let count: Int

    /// Calls `emit(unit, start, end)` for each unit in order; stops at the first non-zero result.
    func scan(_ emit: (Unit, Int, Int) -> Int32) -> Int32 {
        var i = 0
        var word: [CChar] = []
        var wordStart = 0
        func flush(_ end: Int) -> Int32 {
            guard !word.isEmpty else { return 0 }
            let rc = emit(.word(word), wordStart, end)
            word.removeAll(keepingCapacity: true)
            return rc
        }
        while i < count {
            let b = bytes[i]
            if b < 0x80 {
                let isAlnum = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                if isAlnum {
                    if word.isEmpty { wordStart = i }
                    word.append(CChar(bitPattern: (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b))
                } else {
                    let rc = flush(i)
                    if rc != 0 { return rc }
                }
                i += 1
                continue
            }
            let rc = flush(i)
            if rc != 0 { return rc }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + length <= count else { break }
            if Self.isTokenCharacter(bytes, i, length) {
                let rc = emit(.character, i, i + length)
                if rc != 0 { return rc }
            }
            i += length
        }
        return flush(count)
    }

    /// Han characters (and full-width letters and digits) are tokens; CJK punctuation is not.
    static func isTokenCharacter(_ bytes: UnsafePointer<UInt8>, _ i: Int, _ length: Int) -> Bool {
        let v: UInt32
        switch length {
        case 3: v = UInt32(bytes[i] & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        case 4:
            v = UInt32(bytes[i] & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        default: return false
        }
        return isTokenScalar(v)
    }

    /// Whether a non-ASCII code point is a character token: Han, or a full-width letter or digit.
    static func isTokenScalar(_ v: UInt32) -> Bool {
        isHan(v) || (0xFF10...0xFF19).contains(v) || (0xFF21...0xFF3A).contains(v) || (0xFF41...0xFF5A).contains(v)
    }

    /// The CJK ideograph blocks (unified, extensions A–H, compatibility) and 〇.
    static func isHan(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x20000...0x323AF).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0x2F800...0x2FA1F).contains(v) || v == 0x3007
    }
}
