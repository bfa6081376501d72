import Foundation

/// The table of contents of a zip archive in memory, every offset and size checked against the
/// bytes before it is trusted.
///
/// Reads the end-of-central-directory record, the central directory and each entry's local header,
/// and refuses — with the reason in words — an archive whose records point outside the file,
/// overlap, or are truncated. ZIPFoundation's in-memory `Archive` trusts these offsets and traps on
/// a damaged file (a 52-byte zip whose central directory lies past the end kills the process);
/// this reader is what Fazhi opens untrusted archives with. ``ZipInflater`` then reads an entry.
///
/// ```swift
/// let zip = try ZipDirectory(bytes)
/// zip.entry("word/document.xml")?.uncompressedSize  // 48_311
/// ```
struct ZipDirectory {
    /// One file of the archive, where its data lies and how it is stored.
    struct Entry: Equatable {
        var name: String
        /// 0 (stored) or 8 (deflated); other methods are refused when the entry is read.
        var method: UInt16
        var flags: UInt16
        var crc32: UInt32
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where the entry's (compressed) data starts: after its local header.
        var dataStart: Int
    }

    /// Why an archive cannot be read, in words for ``InputError/Reason/badDocx(_:)``.
    struct Failure: Error, Equatable {
        var why: String
    }

    /// Archives with more entries than this are refused (a .docx holds a few dozen).
    static let maxEntries = 10_000

    let bytes: [UInt8]
    let entries: [Entry]

    init(_ data: Data) throws(Failure) {
        bytes = Array(data)
        let end = try Self.endRecord(in: bytes)
        var entries = [Entry]()
        var offset = end.directoryOffset
        for _ in 0..<end.count {
            let (entry, next) = try Self.centralEntry(in: bytes, at: offset, directoryEnd: end.directoryEnd)
            entries.append(entry)
            offset = next
        }
        self.entries = entries
    }

    /// The first entry named `name`, if the archive has one.
    func entry(_ name: String) -> Entry? {
        entries.first { $0.name == name }
    }

    /// The little-endian integer of `width` bytes at `offset`, or `nil` past the end.
    static func integer(_ bytes: [UInt8], at offset: Int, width: Int) -> Int? {
        guard offset >= 0, width <= 8, offset <= bytes.count - width else { return nil }
        var value = 0
        for index in stride(from: offset + width - 1, through: offset, by: -1) { value = value << 8 | Int(bytes[index]) }
        return value
    }

    private struct EndRecord {
        var count: Int
        var directoryOffset: Int
        var directoryEnd: Int
    }

    /// The end-of-central-directory record: the last `PK\5\6` within the final 64 KB + 22 bytes.
    private static func endRecord(in bytes: [UInt8]) throws(Failure) -> EndRecord {
        let signature: [UInt8] = [0x50, 0x4B, 0x05, 0x06]
        guard bytes.count >= 22 else { throw Failure(why: "the zip archive is too short to be one") }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        var at = bytes.count - 22
        while at >= lowest, !bytes[at..<(at + 4)].elementsEqual(signature) { at -= 1 }
        guard at >= lowest, let count = integer(bytes, at: at + 10, width: 2),
            let size = integer(bytes, at: at + 12, width: 4), let offset = integer(bytes, at: at + 16, width: 4)
        else { throw Failure(why: "the zip archive has no end of central directory (it is truncated)") }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw Failure(why: "the zip archive uses ZIP64, which no report needs")
        }
        guard offset + size <= at else {
            throw Failure(why: "the zip archive's central directory lies past the end of the file (it is damaged)")
        }
        guard count <= maxEntries else { throw Failure(why: "the zip archive has \(count) entries, over \(maxEntries)") }
        return EndRecord(count: count, directoryOffset: offset, directoryEnd: offset + size)
    }

    /// The central-directory record at `offset`, checked against its local header, and where the next one starts.
    private static func centralEntry(
        in bytes: [UInt8], at offset: Int, directoryEnd: Int
    ) throws(Failure) -> (Entry, Int) {
        let damaged = Failure(why: "the zip archive's central directory is damaged")
        guard offset + 46 <= directoryEnd, integer(bytes, at: offset, width: 4) == 0x0201_4B50,
            let flags = integer(bytes, at: offset + 8, width: 2), let method = integer(bytes, at: offset + 10, width: 2),
            let crc = integer(bytes, at: offset + 16, width: 4), let compressed = integer(bytes, at: offset + 20, width: 4),
            let uncompressed = integer(bytes, at: offset + 24, width: 4),
            let nameLength = integer(bytes, at: offset + 28, width: 2),
            let extraLength = integer(bytes, at: offset + 30, width: 2),
            let commentLength = integer(bytes, at: offset + 32, width: 2),
            let local = integer(bytes, at: offset + 42, width: 4)
        else { throw damaged }
        let next = offset + 46 + nameLength + extraLength + commentLength
        guard next <= directoryEnd else { throw damaged }
        let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
        if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || local == 0xFFFF_FFFF {
            throw Failure(why: "the zip archive uses ZIP64, which no report needs")
        }
        let dataStart = try localDataStart(in: bytes, at: local, name: name)
        guard dataStart + compressed <= bytes.count else {
            throw Failure(why: "\(name) runs past the end of the zip archive (it is truncated)")
        }
        let entry = Entry(
            name: name, method: UInt16(method), flags: UInt16(flags), crc32: UInt32(crc),
            compressedSize: compressed, uncompressedSize: uncompressed, dataStart: dataStart)
        return (entry, next)
    }

    /// Where an entry's data starts, after the local header at `offset`.
    private static func localDataStart(in bytes: [UInt8], at offset: Int, name: String) throws(Failure) -> Int {
        guard integer(bytes, at: offset, width: 4) == 0x0403_4B50,
            let nameLength = integer(bytes, at: offset + 26, width: 2),
            let extraLength = integer(bytes, at: offset + 28, width: 2),
            offset + 30 + nameLength + extraLength <= bytes.count
        else { throw Failure(why: "the local header of \(name) is missing or lies past the end (the zip archive is damaged)") }
        return offset + 30 + nameLength + extraLength
    }
}
