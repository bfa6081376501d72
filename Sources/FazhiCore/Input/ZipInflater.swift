import Foundation
import ZIPFoundation

/// Reads the bytes of one entry of a checked ``ZipDirectory``: stored or deflated, within a size
/// limit, its CRC-32 verified.
///
/// Inflating goes through zlib (ZIPFoundation's `Data.decompress`), fed only the entry's own bytes:
/// its zlib loop reads a whole buffer from each chunk and asks for more until the stream ends, so
/// every chunk is padded to the buffer size and a stream that runs past its data fails instead of
/// reading beyond it or waiting forever.
enum ZipInflater {
    /// The size of each chunk fed to zlib.
    static let bufferSize = 64 << 10

    /// The bytes of `entry`, refused when it declares or inflates to more than `limit` bytes.
    static func extract(
        _ entry: ZipDirectory.Entry, from zip: ZipDirectory, limit: Int
    ) throws(ZipDirectory.Failure) -> [UInt8] {
        let name = entry.name
        guard entry.flags & 1 == 0 else { throw ZipDirectory.Failure(why: "\(name) is encrypted") }
        guard entry.uncompressedSize <= limit else {
            throw ZipDirectory.Failure(why: "\(name) is \(entry.uncompressedSize) bytes once inflated, over the limit of \(limit)")
        }
        let data = zip.bytes[entry.dataStart..<(entry.dataStart + entry.compressedSize)]
        let out: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else {
                throw ZipDirectory.Failure(why: "\(name) is stored with two different sizes (the zip archive is damaged)")
            }
            out = Array(data)
        case 8:
            out = try inflate(data, name: name, size: entry.uncompressedSize)
        default:
            throw ZipDirectory.Failure(why: "\(name) is compressed with method \(entry.method), which a .docx does not use")
        }
        guard Data(out).crc32(checksum: 0) == entry.crc32 else {
            throw ZipDirectory.Failure(why: "\(name) fails its checksum (the zip archive is damaged)")
        }
        return out
    }

    private struct Overflow: Error {}
    private struct PastEnd: Error {}

    /// The raw deflate stream `data` inflated; more than `size` bytes out, or a stream that does not
    /// end within `data`, is a damaged entry.
    private static func inflate(_ data: ArraySlice<UInt8>, name: String, size: Int) throws(ZipDirectory.Failure) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(size)
        let start = data.startIndex
        do {
            _ = try Data.decompress(
                size: Int64(data.count), bufferSize: bufferSize, skipCRC32: true,
                provider: { position, _ in
                    let from = start + Int(position)
                    guard Int(position) < data.count else { throw PastEnd() }
                    var chunk = Data(data[from..<min(from + bufferSize, data.endIndex)])
                    if chunk.count < bufferSize { chunk.append(Data(count: bufferSize - chunk.count)) }
                    return chunk
                },
                consumer: { chunk in
                    guard out.count + chunk.count <= size else { throw Overflow() }
                    out.append(contentsOf: chunk)
                })
        } catch is Overflow {
            throw ZipDirectory.Failure(why: "\(name) inflates to more than the \(size) bytes it declares (the zip archive is damaged)")
        } catch {
            throw ZipDirectory.Failure(why: "\(name) cannot be inflated (the zip archive is damaged)")
        }
        guard out.count == size else {
            throw ZipDirectory.Failure(why: "\(name) inflates to \(out.count) bytes, not the \(size) it declares (the zip archive is damaged)")
        }
        return out
    }
}
