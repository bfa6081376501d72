/// The address of a ``Cell/link(text:url:)`` as a hyperlink relationship target, when it can be one.
///
/// `LinkTarget.encoded(" https://www.gd.gov.cn/公开 ")` is
/// `"https://www.gd.gov.cn/%E5%85%AC%E5%BC%80"`; `LinkTarget.encoded("javascript:alert(1)")` is `nil`.
enum LinkTarget {
    /// Schemes written as hyperlinks; anything else (`javascript:`, `file:`) stays plain text.
    static let schemes: Set<String> = ["http", "https", "mailto"]
    /// Excel's limit on hyperlinks in one worksheet.
    static let maximumPerSheet = 65_530

    /// The trimmed address with every byte outside RFC 3986's characters percent-encoded, or `nil` if it has
    /// no allowed scheme or ends up longer than ``Worksheet/maximumLinkLength``.
    static func encoded(_ url: String) -> String? {
        let trimmed = url.trimmingSurrounding(where: \.isWhitespace)
        guard let colon = trimmed.firstIndex(of: ":"),
              schemes.contains(trimmed[..<colon].lowercased()) else { return nil }
        var bytes: [UInt8] = []
        for byte in trimmed.utf8 {
            if isAllowed(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
            if bytes.count > Worksheet.maximumLinkLength { return nil }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// RFC 3986 unreserved and reserved characters, plus `%` for escapes already present.
    private static func isAllowed(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(byte)
        }
    }
}
