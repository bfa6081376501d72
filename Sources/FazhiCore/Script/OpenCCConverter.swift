import COpenCC
import Foundation

/// A converter of libopencc, opened from a config file by absolute path.
///
/// The maintainer states a converter is thread-safe, but upstream tests only one converter per
/// thread, so calls are serialized behind a lock (`@unchecked Sendable` for that reason).
public final class OpenCCConverter: @unchecked Sendable {
    public struct OpenError: Error, CustomStringConvertible, Sendable {
        public var config: String
        public var message: String
        public var description: String { "cannot open OpenCC config \(config): \(message)" }
    }

    /// Where Debian's libopencc-data installs the configs.
    public static let configDirectory = "/usr/share/opencc"

    private let handle: opencc_t
    private let lock = NSLock()
    public let config: String

    /// Opens `config` (a name like `t2s`, resolved in ``configDirectory``, or an absolute path).
    public init(config: String) throws {
        let path = config.hasPrefix("/") ? config : "\(Self.configDirectory)/\(config).json"
        guard FileManager.default.fileExists(atPath: path) else {
            throw OpenError(config: path, message: "file not found (install libopencc-data)")
        }
        let opened = opencc_open(path)
        guard let opened, opened != UnsafeMutableRawPointer(bitPattern: -1) else {
            let message = opencc_error().map { String(cString: $0) } ?? "unknown error"
            throw OpenError(config: path, message: message)
        }
        self.handle = opened
        self.config = path
    }

    deinit {
        opencc_close(handle)
    }

    /// Converts text straight to scalars (no intermediate `String`); `nil` if OpenCC fails.
    public func convertToScalars(_ text: String) -> [Unicode.Scalar]? {
        if text.isEmpty { return [] }
        return withConverted(text) { UTF8Scalars.decode($0) }
    }

    /// Converts UTF-8 text; returns the input unchanged if OpenCC fails.
    public func convert(_ text: String) -> String {
        if text.isEmpty { return text }
        return withConverted(text) { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// Runs OpenCC on `text` and hands `body` its UTF-8 output, freed afterwards.
    private func withConverted<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
        var input = text
        return input.withUTF8 { buffer -> T? in
            lock.lock()
            defer { lock.unlock() }
            guard let base = buffer.baseAddress,
                  let out = base.withMemoryRebound(to: CChar.self, capacity: buffer.count, {
                      opencc_convert_utf8(handle, $0, buffer.count)
                  })
            else { return nil }
            defer { opencc_convert_utf8_free(out) }
            let length = strlen(out)
            return out.withMemoryRebound(to: UInt8.self, capacity: length) {
                body(UnsafeBufferPointer(start: $0, count: length))
            }
        }
    }
}
