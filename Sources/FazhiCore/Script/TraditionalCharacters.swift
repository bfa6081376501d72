import Foundation

/// Characters only traditional script uses: Big5's 5,401 common characters (bytes A440–C67E)
/// that GB2312 (the 6,763 characters of simplified text) does not have — 這, 們, 區, 會, 發 …
///
/// Read from the encodings themselves, so no word list is shipped. A simplified report holds
/// none or a stray few; a traditional report holds one in every four or five Han characters.
enum TraditionalCharacters {
    static let set: Set<UInt32> = {
        var big5 = [UInt8]()
        for lead in UInt8(0xA4)...0xC6 {
            for trail in UInt8(0x40)...0x7E { big5 += [lead, trail] }
            if lead < 0xC6 { for trail in UInt8(0xA1)...0xFE { big5 += [lead, trail] } }
        }
        var gb = [UInt8]()
        for lead in UInt8(0xB0)...0xF7 {
            for trail in UInt8(0xA1)...0xFE { gb += [lead, trail] }
        }
        let big5Text = String(data: Data(big5), encoding: TextEncoding.foundationBig5) ?? ""
        // GB18030 reads GB2312's byte range exactly as GB2312 does (Linux Foundation lacks GB2312 itself).
        let gbText = String(data: Data(gb), encoding: TextEncoding.foundationGB18030) ?? ""
        let simplified = Set(gbText.unicodeScalars.map(\.value))
        // Should either table be unreadable, nothing counts as traditional-only and OpenCC decides.
        guard !simplified.isEmpty else { return [] }
        return Set(big5Text.unicodeScalars.map(\.value)).subtracting(simplified)
    }()

    /// `set` as one bit per code point of the Basic Multilingual Plane (where all of Big5 lies):
    /// a test per character that is a shift and a mask rather than a hash lookup.
    static let bits: [UInt64] = {
        var words = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in set where v < 0x10000 { words[Int(v) >> 6] |= 1 << UInt64(v & 63) }
        return words
    }()

    /// How many of `scalars` are traditional-only.
    static func count<C: Sequence>(in scalars: C) -> Int where C.Element == Unicode.Scalar {
        bits.withUnsafeBufferPointer { words in
            var n = 0
            for s in scalars where s.value < 0x10000 && words[Int(s.value) >> 6] & (1 << UInt64(s.value & 63)) != 0 { n += 1 }
            return n
        }
    }
}
