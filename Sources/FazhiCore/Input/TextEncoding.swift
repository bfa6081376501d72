import CoreFoundation
import Foundation

/// An encoding Fazhi reads, named as `SourceDocument.encoding` records it.
///
/// UTF-8 and UTF-16 are validated strictly by the standard library; GB18030 (which also reads
/// GB2312 and GBK) and Big5 go through Foundation's converters, which reject malformed bytes.
enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case gb18030
    case big5

    /// Foundation's GB18030-2000 encoding.
    static let foundationGB18030 = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(
            CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    /// Foundation's Big5 encoding.
    static let foundationBig5 = String.Encoding(
        rawValue: CFStringConvertEncodingToNSStringEncoding(
            CFStringEncoding(CFStringEncodings.big5.rawValue)))

    /// The byte-order mark this encoding starts with, if it has one.
    var byteOrderMark: [UInt8] {
        switch self {
        case .utf8BOM: [0xEF, 0xBB, 0xBF]
        case .utf16LE: [0xFF, 0xFE]
        case .utf16BE: [0xFE, 0xFF]
        default: []
        }
    }

    /// The text the bytes hold (without a byte-order mark), or `nil` when they are not valid in
    /// this encoding.
    func decode(_ bytes: Data) -> String? {
        switch self {
        case .utf8, .utf8BOM:
            // Validate over contiguous bytes: iterating `Data` byte by byte is slow.
            return bytes.withUnsafeBytes { raw in String(validating: raw.bindMemory(to: UInt8.self), as: UTF8.self) }
        case .utf16LE, .utf16BE:
            guard bytes.count % 2 == 0 else { return nil }
            return String(validating: Self.codeUnits(bytes, bigEndian: self == .utf16BE), as: UTF16.self)
        case .gb18030:
            return String(data: bytes, encoding: Self.foundationGB18030)
        case .big5:
            return String(data: bytes, encoding: Self.foundationBig5)
        }
    }

    /// The bytes of `text` in this encoding (with its byte-order mark), or `nil` when a character
    /// cannot be written in it.
    func encode(_ text: String) -> Data? {
        let body: Data?
        switch self {
        case .utf8, .utf8BOM: body = Data(text.utf8)
        case .utf16LE, .utf16BE:
            let units = Array(text.utf16)
            var bytes = [UInt8]()
            bytes.reserveCapacity(units.count * 2)
            for unit in units {
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                bytes += self == .utf16BE ? [high, low] : [low, high]
            }
            body = Data(bytes)
        case .gb18030: body = text.data(using: Self.foundationGB18030, allowLossyConversion: false)
        case .big5: body = text.data(using: Self.foundationBig5, allowLossyConversion: false)
        }
        return body.map { Data(byteOrderMark) + $0 }
    }

    private static func codeUnits(_ bytes: Data, bigEndian: Bool) -> [UInt16] {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        return units
    }
}
