import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension PostgresLocation {
    /// Why nothing answers at the server's TCP address (connection refused, no such host), or nil
    /// when something listens there (or the server is reached over a Unix socket, not probed).
    func unreachable() -> String? {
        guard !host.hasPrefix("/") else { return nil }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else { return "no address for \(host)" }
        defer { freeaddrinfo(list) }
        var error: Int32 = 0
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let a = entry {
            let fd = socket(a.pointee.ai_family, a.pointee.ai_socktype, a.pointee.ai_protocol)
            if fd >= 0 {
                let connected = connect(fd, a.pointee.ai_addr, a.pointee.ai_addrlen) == 0
                error = errno
                close(fd)
                if connected { return nil }
            }
            entry = a.pointee.ai_next
        }
        return "\(host):\(port): \(String(cString: strerror(error)))"
    }
}
