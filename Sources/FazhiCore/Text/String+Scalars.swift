extension String {
    /// A string made from Unicode scalars, quickly: encoded to UTF-8 straight into the string's own
    /// storage (the standard library's `UnicodeScalarView.append(contentsOf:)` goes scalar by
    /// scalar through slow paths). Inlinable so that every caller passes its scalars' contiguous
    /// storage to the one concrete encoder instead of iterating a generic collection.
    @inlinable
    public init<C: Collection>(scalars: C) where C.Element == Unicode.Scalar {
        if let string = scalars.withContiguousStorageIfAvailable({ String(scalarBuffer: $0) }) {
            self = string
        } else {
            self = Array(scalars).withUnsafeBufferPointer { String(scalarBuffer: $0) }
        }
    }

    /// A string of the scalars in `scalars`, encoded to UTF-8.
    public init(scalarBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) {
        let capacity = scalars.count * 4
        guard capacity > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: capacity) { bytes in
            var n = 0
            for s in scalars {
                let v = s.value
                switch v {
                case 0..<0x80:
                    bytes[n] = UInt8(v)
                    n += 1
                case 0x80..<0x800:
                    bytes[n] = UInt8(0xC0 | (v >> 6))
                    bytes[n + 1] = UInt8(0x80 | (v & 0x3F))
                    n += 2
                case 0x800..<0x10000:
                    bytes[n] = UInt8(0xE0 | (v >> 12))
                    bytes[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    bytes[n + 2] = UInt8(0x80 | (v & 0x3F))
                    n += 3
                default:
                    bytes[n] = UInt8(0xF0 | (v >> 18))
                    bytes[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    bytes[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    bytes[n + 3] = UInt8(0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }
}

extension String {
    /// The string's Unicode scalars as an array, decoded from UTF-8 in one pass.
    public var scalarArray: [Unicode.Scalar] {
        var copy = self
        return copy.withUTF8 { UTF8Scalars.decode($0) }
    }
}

/// Decodes UTF-8 bytes (known to be valid, as a Swift string's or OpenCC's output are) into
/// scalars without going through `String`.
public enum UTF8Scalars {
    public static func decode(_ buffer: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(buffer.count)
        var i = 0
        let n = buffer.count
        while i < n {
            let b0 = UInt32(buffer[i])
            var v: UInt32
            if b0 < 0x80 {
                v = b0
                i += 1
            } else if b0 < 0xE0, i + 1 < n {
                v = (b0 & 0x1F) << 6 | UInt32(buffer[i + 1] & 0x3F)
                i += 2
            } else if b0 < 0xF0, i + 2 < n {
                v = (b0 & 0x0F) << 12 | UInt32(buffer[i + 1] & 0x3F) << 6 | UInt32(buffer[i + 2] & 0x3F)
                i += 3
            } else if i + 3 < n {
                v = (b0 & 0x07) << 18 | UInt32(buffer[i + 1] & 0x3F) << 12
                    | UInt32(buffer[i + 2] & 0x3F) << 6 | UInt32(buffer[i + 3] & 0x3F)
                i += 4
            } else {
                v = 0xFFFD
                i = n
            }
            out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
        }
        return out
    }
}
