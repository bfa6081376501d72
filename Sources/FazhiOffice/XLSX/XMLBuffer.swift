import Foundation

/// A growing UTF-8 byte buffer for XML, with escaping for text and attribute values.
///
/// Parts are built as bytes rather than by concatenating `String`s: an append is a `memcpy` of a few
/// bytes into storage that is reused when cleared, so writing a million cells allocates almost nothing.
/// The storage is managed by hand (not `[UInt8]`) so that appends stay cheap in unoptimised builds too.
/// A reference type: writers append to the buffer they are handed.
final class XMLBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The number of bytes written.
    private(set) var count = 0

    /// Excel's limit on the characters in one cell.
    static let maximumCellTextLength = 32_767

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// A copy of `length` bytes from `offset` on.
    func data(from offset: Int = 0, count length: Int? = nil) -> Data {
        Data(bytes: storage + offset, count: length ?? count - offset)
    }

    /// The bytes as a string, for tests and messages.
    var string: String {
        String(decoding: UnsafeBufferPointer(start: storage, count: count), as: UTF8.self)
    }

    /// Empties the buffer, keeping its storage.
    func removeAll() {
        count = 0
    }

    /// Appends markup as it is (element names, literal attributes).
    func append(_ markup: StaticString) {
        append(markup.utf8Start, count: markup.utf8CodeUnitCount)
    }

    /// Appends bytes that are already valid, escaped XML (a column letter, a formatted number).
    func append(raw bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress { append(base, count: buffer.count) }
        }
    }

    /// Appends an integer in decimal.
    func append(_ value: Int) {
        reserve(20)
        if value < 0 {
            storage[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digits += 1
        }
        var position = count + digits - 1
        repeat {
            storage[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
            position -= 1
        } while magnitude > 0
        count += digits
    }

    /// Appends one byte.
    func append(byte: UInt8) {
        reserve(1)
        storage[count] = byte
        count += 1
    }

    /// Appends `length` bytes from `source`.
    func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        reserve(length)
        (storage + count).update(from: source, count: length)
        count += length
    }

    private func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var newCapacity = capacity * 2
        while newCapacity < count + extra { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }
}
