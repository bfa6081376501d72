import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the bytes of an input file or of standard input, refusing what is too large before
/// reading it.
enum InputBytes {
    /// The bytes at `path` (`-` for standard input), at most `maxBytes` of them.
    static func read(path: String, maxBytes: Int) throws(InputError) -> Data {
        if path == "-" {
            return try read(from: FileHandle.standardInput, name: InputReader.standardInputName, maxBytes: maxBytes)
        }
        // One stat(2), not FileManager's exists + attributes (a tenth of a small file's reading).
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw InputError(file: path, reason: .notFound) }
            throw InputError(file: path, reason: .unreadable(String(cString: strerror(code))))
        }
        let kind = info.st_mode & S_IFMT
        guard kind != S_IFDIR else { throw InputError(file: path, reason: .isDirectory) }
        if kind == S_IFREG, Int(info.st_size) > maxBytes {
            throw InputError(file: path, reason: .tooLarge(bytes: Int(info.st_size), limit: maxBytes))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(file: path, reason: .unreadable("permission denied or not a readable file"))
        }
        defer { try? handle.close() }
        return try read(from: handle, name: path, maxBytes: maxBytes)
    }

    /// Reads a handle (standard input, a pipe, a file) to its end, stopping as soon as it yields
    /// more than `maxBytes`.
    static func read(from handle: FileHandle, name: String, maxBytes: Int) throws(InputError) -> Data {
        var data = Data()
        while true {
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw InputError(file: name, reason: .unreadable(error.localizedDescription))
            }
            guard let chunk, !chunk.isEmpty else { return data }
            data.append(chunk)
            if data.count > maxBytes {
                throw InputError(file: name, reason: .tooLarge(bytes: data.count, limit: maxBytes))
            }
        }
    }
}
