import Foundation

/// The charset an HTML or XML file declares for itself: `<meta charset="gb2312">`,
/// `<meta http-equiv="Content-Type" content="text/html; charset=GBK">` or
/// `<?xml version="1.0" encoding="big5"?>`.
///
/// Only the first 8 KB are read, as browsers do. GB2312 and GBK map to GB18030, their superset.
enum CharsetDeclaration {
    /// The declared encoding, or `nil` when none is declared or the name is not one Fazhi reads.
    static func declaredEncoding(in data: Data) -> TextEncoding? {
        let head = ByteSearch.lowercased(data.prefix(8192))
        for marker in ["<meta", "<?xml"] {
            let needle = Array(marker.utf8)
            var searchStart = 0
            while let tag = ByteSearch.firstIndex(of: needle, in: head, from: searchStart) {
                let bodyStart = tag + needle.count
                let tagEnd = head[bodyStart...].firstIndex(of: UInt8(ascii: ">")) ?? head.count
                let body = String(decoding: head[bodyStart..<tagEnd].map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
                let key = marker == "<meta" ? "charset" : "encoding"
                if let name = value(of: key, in: body[...]), let encoding = encoding(named: name) {
                    return encoding
                }
                searchStart = tagEnd
            }
        }
        return nil
    }

    /// The encoding for a charset label (lowercase), e.g. `gbk` → GB18030.
    static func encoding(named label: String) -> TextEncoding? {
        switch label {
        case "utf-8", "utf8": .utf8
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "gb_2312-80":
            .gb18030
        case "big5", "big5-hkscs", "cp950", "x-x-big5", "ms950", "windows-950": .big5
        default: nil
        }
    }

    /// The value after `key=` (quoted or not) in a tag body.
    private static func value(of key: String, in body: Substring) -> String? {
        guard let found = body.range(of: key) else { return nil }
        var rest = body[found.upperBound...].drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }
}
