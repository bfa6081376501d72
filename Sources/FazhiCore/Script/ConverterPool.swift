import Foundation

/// OpenCC converters for concurrent use: each call checks one out, so threads never wait on each
/// other's conversions (a converter itself is used by one thread at a time).
final class ConverterPool: @unchecked Sendable {
    // @unchecked: `free` is only touched under `lock`.
    private let config: String
    private let lock = NSLock()
    private var free: [OpenCCConverter]

    init(config: String) throws {
        self.config = config
        self.free = [try OpenCCConverter(config: config)]
    }

    func convertToScalars(_ text: String) -> [Unicode.Scalar]? {
        let converter = checkOut()
        defer { checkIn(converter) }
        return converter?.convertToScalars(text)
    }

    func convert(_ text: String) -> String {
        let converter = checkOut()
        defer { checkIn(converter) }
        return converter?.convert(text) ?? text
    }

    private func checkOut() -> OpenCCConverter? {
        lock.lock()
        let c = free.popLast()
        lock.unlock()
        return c ?? (try? OpenCCConverter(config: config))
    }

    private func checkIn(_ converter: OpenCCConverter?) {
        guard let converter else { return }
        lock.lock()
        free.append(converter)
        lock.unlock()
    }
}
