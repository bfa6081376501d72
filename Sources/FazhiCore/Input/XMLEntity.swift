/// Decodes the five XML entities and numeric character references in UTF-8 bytes.
enum XMLEntity {
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    ]

    /// Appends the character the reference at `start` (an `&`) stands for, or the `&` itself when
    /// it starts no reference, and returns the index after what it read.
    static func append(from bytes: [UInt8], at start: Int, to out: inout [UInt8]) -> Int {
        let limit = min(bytes.count, start + 12)
        guard let semicolon = bytes[start..<limit].firstIndex(of: UInt8(ascii: ";")),
            let scalar = scalar(named: String(decoding: bytes[(start + 1)..<semicolon], as: UTF8.self))
        else {
            out.append(bytes[start])
            return start + 1
        }
        out.append(contentsOf: Array(String(Character(scalar)).utf8))
        return semicolon + 1
    }

    /// The character an entity name (`amp`, `#20013`, `#x4E2D`) stands for.
    static func scalar(named name: String) -> Unicode.Scalar? {
        if let scalar = named[name] { return scalar }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value = digits.first == "x" || digits.first == "X"
            ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return value.flatMap(Unicode.Scalar.init)
    }
}
