import Foundation

/// The JSON grammar ``AnalysisReader`` reads with (RFC 8259): values at the cursor, whitespace skipped.
extension AnalysisReader {
    private static let quote: UInt8 = 0x22, backslash: UInt8 = 0x5C

    mutating func space() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        space()
        guard i < bytes.count, bytes[i] == byte else { throw Malformed() }
        i += 1
    }

    /// Whether the next byte (after whitespace) is `byte`, taking it if so.
    private mutating func take(_ byte: UInt8) -> Bool {
        space()
        guard i < bytes.count, bytes[i] == byte else { return false }
        i += 1
        return true
    }

    /// An object: `member` is called with the reader and each key, the cursor at its value.
    mutating func object(_ member: (inout AnalysisReader, String) throws -> Void) throws {
        try expect(0x7B)
        if take(0x7D) { return }
        repeat {
            space()
            let key = try string()
            try expect(0x3A)
            try member(&self, key)
        } while take(0x2C)
        try expect(0x7D)
    }

    mutating func array<T>(_ element: (inout AnalysisReader) throws -> T) throws -> [T] {
        try expect(0x5B)
        var out: [T] = []
        if take(0x5D) { return out }
        repeat { out.append(try element(&self)) } while take(0x2C)
        try expect(0x5D)
        return out
    }

    /// Whether the value is `null` (taken if so).
    mutating func null() throws -> Bool {
        space()
        guard i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C else { return false }
        i += 4
        return true
    }

    mutating func optionalString() throws -> String? { try null() ? nil : string() }

    mutating func bool() throws -> Bool {
        space()
        if i + 4 <= bytes.count, bytes[i] == 0x74, bytes[i + 1] == 0x72, bytes[i + 2] == 0x75, bytes[i + 3] == 0x65 {
            i += 4
            return true
        }
        if i + 5 <= bytes.count, bytes[i] == 0x66, bytes[i + 1] == 0x61, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x73, bytes[i + 4] == 0x65 {
            i += 5
            return false
        }
        throw Malformed()
    }

    mutating func string() throws -> String {
        try expect(Self.quote)
        let start = i
        while i < bytes.count, bytes[i] != Self.quote, bytes[i] != Self.backslash {
            guard bytes[i] >= 0x20 else { throw Malformed() }
            i += 1
        }
        guard i < bytes.count else { throw Malformed() }
        if bytes[i] == Self.quote {
            defer { i += 1 }
            return try Self.text(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        }
        // Escapes: gather the bytes.
        var out = Array(bytes[start..<i])
        while i < bytes.count, bytes[i] != Self.quote {
            if bytes[i] == Self.backslash {
                i += 1
                guard i < bytes.count else { throw Malformed() }
                switch bytes[i] {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    var scalar = try hex4()
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard i + 2 < bytes.count, bytes[i + 1] == Self.backslash, bytes[i + 2] == 0x75 else { throw Malformed() }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw Malformed() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let s = Unicode.Scalar(scalar) else { throw Malformed() }
                    out.append(contentsOf: String(s).utf8)
                default: throw Malformed()
                }
                i += 1
            } else {
                guard bytes[i] >= 0x20 else { throw Malformed() }
                out.append(bytes[i])
                i += 1
            }
        }
        guard i < bytes.count else { throw Malformed() }
        i += 1
        return try out.withUnsafeBufferPointer(Self.text)
    }

    /// Four hex digits after `\u`; the cursor left on the last.
    private mutating func hex4() throws -> UInt32 {
        guard i + 4 < bytes.count else { throw Malformed() }
        var value: UInt32 = 0
        for k in 1...4 {
            let b = bytes[i + k]
            let digit: UInt8
            switch b {
            case 0x30...0x39: digit = b - 0x30
            case 0x41...0x46: digit = b - 0x41 + 10
            case 0x61...0x66: digit = b - 0x61 + 10
            default: throw Malformed()
            }
            value = value << 4 | UInt32(digit)
        }
        i += 4
        return value
    }

    /// UTF-8 as a String, refused when not valid (as `JSONDecoder` refuses it).
    private static func text(_ utf8: UnsafeBufferPointer<UInt8>) throws -> String {
        guard let s = String(validating: utf8, as: UTF8.self) else { throw Malformed() }
        return s
    }

    /// A number's bytes: sign, digits, fraction, exponent.
    private mutating func number() throws -> UnsafeBufferPointer<UInt8> {
        space()
        let start = i
        while i < bytes.count {
            switch bytes[i] {
            case 0x30...0x39, 0x2D, 0x2B, 0x2E, 0x65, 0x45: i += 1
            default: return UnsafeBufferPointer(rebasing: bytes[start..<i])
            }
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<i])
    }

    /// An integer: digits with an optional minus, nothing else (as `JSONDecoder` reads an `Int`).
    mutating func int() throws -> Int {
        let digits = try number()
        guard let value = Int(String(decoding: digits, as: UTF8.self)) else { throw Malformed() }
        return value
    }

    mutating func double() throws -> Double {
        let digits = try number()
        guard !digits.isEmpty, let value = Double(String(decoding: digits, as: UTF8.self)) else { throw Malformed() }
        return value
    }

    /// Steps over any value.
    mutating func skip() throws {
        space()
        guard i < bytes.count else { throw Malformed() }
        switch bytes[i] {
        case 0x7B: try object { r, _ in try r.skip() }
        case 0x5B: _ = try array { try $0.skip() }
        case Self.quote: try skipString()
        case 0x74, 0x66: _ = try bool()
        case 0x6E: guard try null() else { throw Malformed() }
        default: guard try !number().isEmpty else { throw Malformed() }
        }
    }

    /// Steps over a string without making it.
    private mutating func skipString() throws {
        try expect(Self.quote)
        while i < bytes.count, bytes[i] != Self.quote {
            i += bytes[i] == Self.backslash ? 2 : 1
        }
        guard i < bytes.count else { throw Malformed() }
        i += 1
    }
}
