import FazhiCore

/// The identity of a report's content, whatever its bytes: a 128-bit hash of its normalized
/// (simplified) text reduced to Han characters, letters and digits.
///
/// The same report saved twice, re-encoded in GB18030, wrapped in another web page or mirrored in
/// Big5 traditional script has the same key, so it is stored once.
public enum ContentKey {
    public static func of(normalized scalars: [Unicode.Scalar]) -> String {
        var h1: UInt64 = 0xcbf2_9ce4_8422_2325
        var h2: UInt64 = 0x8422_2325_cbf2_9ce4
        for s in scalars where s.isHan || (s.value < 0x80 && (s.properties.isAlphabetic || s.isDigit)) {
            let v = UInt64(s.value)
            h1 = (h1 ^ v) &* 0x0000_0100_0000_01B3
            h2 = (h2 ^ (v &* 0x9E37_79B9_7F4A_7C15)) &* 0x0000_0100_0000_01B3
            h2 ^= h2 >> 29
        }
        return hex(h1) + hex(h2)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
