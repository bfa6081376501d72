#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes GB18030 or Big5 bytes that Foundation's strict converters refuse, with one U+FFFD for
/// each byte that starts no character, through the C library's iconv.
///
/// Used only when no encoding reads the bytes strictly; ``EncodingDetector`` then keeps the reading
/// with the fewest replacements that still looks like Chinese prose.
enum LenientLegacy {
    /// The text and its damage, or `nil` when the C library has no converter for `encoding`.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, as encoding: TextEncoding) -> (String, InvalidBytes)? {
        let name: String
        switch encoding {
        case .gb18030: name = "GB18030"
        case .big5: name = "BIG5"
        default: return nil
        }
        let converter = iconv_open("UTF-8", name)
        guard let converter, Int(bitPattern: converter) != -1 else { return nil }
        defer { iconv_close(converter) }
        var input = Array(bytes).map { CChar(bitPattern: $0) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 3 / 2 + 16)
        var tally = InvalidBytesTally()
        var buffer = [CChar](repeating: 0, count: 1 << 16)
        input.withUnsafeMutableBufferPointer { source in
            guard let base = source.baseAddress else { return }
            var next: UnsafeMutablePointer<CChar>? = base
            var left = source.count
            while left > 0 {
                let failed = buffer.withUnsafeMutableBufferPointer { target -> Bool in
                    var into = target.baseAddress
                    var room = target.count
                    let result = iconv(converter, &next, &left, &into, &room)
                    let code = errno
                    let written = target.count - room
                    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(target)[0..<written]))
                    return result == -1 && code != E2BIG
                }
                guard failed, left > 0, let at = next else { continue }
                // A byte that starts no character (or an incomplete one at the end): replace it, go on.
                tally.add(at: at - base, length: 1, in: bytes)
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                next = at + 1
                left -= 1
            }
        }
        return (String(decoding: out, as: UTF8.self), tally.result(encoding: encoding, total: bytes.count))
    }
}
