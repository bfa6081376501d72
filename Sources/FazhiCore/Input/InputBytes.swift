import Foundation

/// Reads the bytes of an input file or of standard input, refusing what is too large before
/// reading it.
enum InputBytes {
    /// The bytes at `path` (`-` for standard input), at most `maxBytes` of them.
    static func read(path: String, maxBytes: Int) throws(InputError) -> Data {
        if path == "-" {
            return try read(from: FileHandle.standardInput, name: InputReader.standardInputName, maxBytes: maxBytes)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(file: path, reason: .notFound)
        }
        guard !isDirectory.boolValue else { throw InputError(file: path, reason: .isDirectory) }
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let isRegular = (attributes[.type] as? FileAttributeType) == .typeRegular
        if isRegular, let size = (attributes[.size] as? NSNumber)?.intValue, size > maxBytes {
            throw InputError(file: path, reason: .tooLarge(bytes: size, limit: maxBytes))
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
