/// Decodes UTF-8 the way browsers do: each damaged sequence — a byte that starts none, or the
/// valid beginning of one cut short (Unicode's “maximal subpart”) — becomes one U+FFFD.
///
/// ```swift
/// LenientUTF8.decode([0x41, 0xE4, 0xB8, 0x41]).text  // "A�A"
/// ```
enum LenientUTF8 {
    /// The text, how many multi-byte characters were valid (the evidence that this is UTF-8), and
    /// the damage.
    struct Result {
        var text: String
        var validMultibyte: Int
        var invalid: InvalidBytes
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + 16)
        var tally = InvalidBytesTally()
        var valid = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                out.append(lead)
                index += 1
                continue
            }
            let length = validLength(bytes, at: index)
            if length.complete {
                out.append(contentsOf: bytes[index..<(index + length.count)])
                valid += 1
            } else {
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                tally.add(at: index, length: length.count, in: bytes)
            }
            index += length.count
        }
        return Result(
            text: String(decoding: out, as: UTF8.self), validMultibyte: valid,
            invalid: tally.result(encoding: .utf8, total: bytes.count))
    }

    /// How many bytes from `index` form a character (`complete`), or the damaged sequence to
    /// replace (at least one byte).
    private static func validLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (count: Int, complete: Bool) {
        let lead = bytes[index]
        let needed: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: needed = 1
        case 0xE0: needed = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: needed = 2
        case 0xED: needed = 2; high = 0x9F
        case 0xF0: needed = 3; low = 0x90
        case 0xF1...0xF3: needed = 3
        case 0xF4: needed = 3; high = 0x8F
        default: return (1, false)
        }
        var count = 1
        while count <= needed, index + count < bytes.count {
            let byte = bytes[index + count]
            let (lo, hi) = count == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
            guard byte >= lo, byte <= hi else { return (count, false) }
            count += 1
        }
        return (count, count == needed + 1)
    }
}
