import Foundation
import ZIPFoundation

extension Archive {
    /// Adds a deflated entry whose bytes `writer` generates. A zip entry declares its size before its
    /// data, so the part is first written to a ``PartSpool`` — memory, or a temporary file past
    /// ``PartSpool/memoryLimit`` — and then handed to the compressor chunk by chunk.
    func addSpooledEntry<Writer: PartWriter>(_ path: String, modified: Date, writer: inout Writer) throws {
        let spool = PartSpool()
        defer { spool.close() }
        while try writer.writeNext(into: spool.buffer) {
            if spool.buffer.count >= PartSpool.memoryLimit { try spool.flush() }
        }
        try spool.finish()
        do {
            try addEntry(with: path, type: .file, uncompressedSize: Int64(spool.size), modificationDate: modified,
                         compressionMethod: .deflate, bufferSize: PartSpool.chunkSize) { _, count in
                try spool.read(count)
            }
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError.archive("cannot add \(path): \(error)")
        }
    }

    /// Adds a small part built at once.
    func addSpooledEntry(_ path: String, modified: Date, build: @escaping (XMLBuffer) -> Void) throws {
        var writer = WholePart(build)
        try addSpooledEntry(path, modified: modified, writer: &writer)
    }
}

/// A part's bytes between its writer and the compressor: in memory while small, then in a temporary
/// file that is removed when the spool is closed, so memory stays bounded whatever the sheet's size.
final class PartSpool {
    /// The bytes kept in memory before they move to a temporary file.
    static let memoryLimit = 4 * 1024 * 1024
    /// The chunk size the compressor asks for.
    static let chunkSize = 64 * 1024

    let buffer = XMLBuffer(capacity: 64 * 1024)
    private var file: (url: URL, handle: FileHandle)?
    private var fileSize = 0
    private var readOffset = 0

    /// The part's size, once finished.
    var size: Int { fileSize + buffer.count }

    /// Moves the buffered bytes to the temporary file.
    func flush() throws(XLSXError) {
        do {
            if file == nil {
                let url = FileManager.default.temporaryDirectory
                    .appendingPathComponent("fazhi-xlsx-\(UUID().uuidString).part")
                guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                    throw XLSXError.archive("cannot create the temporary file \(url.path)")
                }
                file = (url, try FileHandle(forUpdating: url))
            }
            try file?.handle.write(contentsOf: buffer.data())
            fileSize += buffer.count
            buffer.removeAll()
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError.archive("cannot write a temporary file: \(error)")
        }
    }

    /// Ends writing: if part of the bytes went to the file, the rest follows them, and reading starts.
    func finish() throws(XLSXError) {
        guard let file else { return }
        try flush()
        do {
            try file.handle.seek(toOffset: 0)
        } catch {
            throw XLSXError.archive("cannot read back \(file.url.path): \(error)")
        }
    }

    /// The next `count` bytes of the part.
    func read(_ count: Int) throws(XLSXError) -> Data {
        guard let file else {
            defer { readOffset += count }
            return buffer.data(from: readOffset, count: count)
        }
        do {
            let data = try file.handle.read(upToCount: count) ?? Data()
            guard data.count == count else {
                throw XLSXError.archive("\(file.url.path) is shorter than what was written to it")
            }
            return data
        } catch let error as XLSXError {
            throw error
        } catch {
            throw XLSXError.archive("cannot read back \(file.url.path): \(error)")
        }
    }

    /// Removes the temporary file, if any.
    func close() {
        guard let file else { return }
        try? file.handle.close()
        try? FileManager.default.removeItem(at: file.url)
        self.file = nil
    }
}
