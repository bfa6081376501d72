import Foundation

/// Builds the bytes of one message between the CLI or the portal and a worker: fixed-width
/// little-endian numbers, and strings and byte strings prefixed by their length.
///
/// ```swift
/// var w = WireWriter()
/// w.string("a.txt")
/// var r = WireReader(w.bytes)
/// try r.string()  // "a.txt"
/// ```
public struct WireWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    /// A writer for a frame: room for the length, filled in by ``sealFrame()``.
    public static func frame() -> WireWriter {
        var w = WireWriter()
        w.int(0)
        return w
    }

    /// Writes the length of what follows the first 8 bytes into them.
    public mutating func sealFrame() {
        let length = UInt64(bytes.count - 8).littleEndian
        withUnsafeBytes(of: length) { raw in
            for i in 0..<8 { bytes[i] = raw[i] }
        }
    }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func int(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    public mutating func int(_ value: Int) { int(Int64(value)) }

    public mutating func double(_ value: Double) { int(Int64(bitPattern: value.bitPattern)) }

    public mutating func data<C: Collection>(_ value: C) where C.Element == UInt8 {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    public mutating func string(_ value: String) { data(value.utf8) }

    public mutating func optional<T>(_ value: T?, _ write: (inout WireWriter, T) -> Void) {
        guard let value else { return byte(0) }
        byte(1)
        write(&self, value)
    }

    public mutating func array<T>(_ values: [T], _ write: (inout WireWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }
}

/// Reads what a ``WireWriter`` wrote; a message cut short or out of shape throws ``WireError``.
public struct WireReader {
    private let buffer: [UInt8]
    private var at = 0

    public init(_ bytes: [UInt8]) { buffer = bytes }

    public var isAtEnd: Bool { at == buffer.count }

    public mutating func byte() throws(WireError) -> UInt8 {
        guard at < buffer.count else { throw WireError("the message ends early") }
        defer { at += 1 }
        return buffer[at]
    }

    public mutating func int64() throws(WireError) -> Int64 {
        guard buffer.count - at >= 8 else { throw WireError("the message ends early") }
        var value: Int64 = 0
        for i in 0..<8 { value |= Int64(buffer[at + i]) << (8 * i) }
        at += 8
        return value
    }

    public mutating func int() throws(WireError) -> Int {
        let value = try int64()
        guard let int = Int(exactly: value) else { throw WireError("a number is out of range") }
        return int
    }

    public mutating func double() throws(WireError) -> Double {
        Double(bitPattern: UInt64(bitPattern: try int64()))
    }

    public mutating func bytes() throws(WireError) -> ArraySlice<UInt8> {
        let count = try int()
        guard count >= 0, buffer.count - at >= count else { throw WireError("a length runs past the message") }
        defer { at += count }
        return buffer[at..<at + count]
    }

    public mutating func data() throws(WireError) -> Data { Data(try bytes()) }

    public mutating func string() throws(WireError) -> String { String(decoding: try bytes(), as: UTF8.self) }

    public mutating func optional<T>(_ read: (inout WireReader) throws(WireError) -> T) throws(WireError) -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw WireError("an optional value has a bad tag")
        }
    }

    public mutating func array<T>(_ read: (inout WireReader) throws(WireError) -> T) throws(WireError) -> [T] {
        let count = try int()
        guard count >= 0, count <= buffer.count - at else { throw WireError("an array length runs past the message") }
        var values: [T] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try read(&self)) }
        return values
    }
}

/// A message between parent and worker that cannot be read.
public struct WireError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
