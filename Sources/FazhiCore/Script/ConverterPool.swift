import Foundation

/// Traditional → simplified converters for concurrent use: each call checks one out, so threads
/// never wait on each other's conversions, and each converter's memory of characters is its own.
final class ConverterPool: @unchecked Sendable {
    // @unchecked: `free` is only touched under `lock`; a checked-out converter has one user.
    private let config: String
    private let lock = NSLock()
    private var free: [T2SConverter]

    init(config: String) throws {
        self.config = config
        self.free = [T2SConverter(opencc: try OpenCCConverter(config: config))]
    }

    /// The conversion of `scalars`, piecewise (see ``T2SConverter``), or `nil` if OpenCC failed.
    func convertToScalars(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        // The piecewise method rests on t2s's dictionaries; other configs convert whole.
        guard config == "t2s" else {
            return withConverter { $0.opencc.convertToScalars(String(scalars: scalars)) } ?? nil
        }
        return withConverter { $0.convert(scalars) } ?? nil
    }

    /// The conversion of a whole string by OpenCC.
    func convert(_ text: String) -> String {
        withConverter { $0.opencc.convert(text) } ?? text
    }

    private func withConverter<T>(_ body: (T2SConverter) -> T) -> T? {
        lock.lock()
        var converter = free.popLast()
        lock.unlock()
        if converter == nil { converter = (try? OpenCCConverter(config: config)).map(T2SConverter.init) }
        guard let converter else { return nil }
        defer {
            lock.lock()
            free.append(converter)
            lock.unlock()
        }
        return body(converter)
    }
}
