import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fault injection for the tests of budgets and isolation, honoured only by a worker and only
/// when `FAZHI_FAULT_MARKER` is set: a request whose bytes contain `MARKER:crash` aborts the
/// worker, `MARKER:spin` spins on the CPU until the time budget ends it, `MARKER:grow` allocates
/// until the memory budget ends it, and `MARKER:hang` sleeps without using CPU (until the parent's
/// deadline, or until the parent is gone). Off unless set; the marker is the tests' own string.
struct FaultHook {
    static let variable = "FAZHI_FAULT_MARKER"
    let marker: String

    static func fromEnvironment() -> FaultHook? {
        guard let marker = ProcessInfo.processInfo.environment[variable], !marker.isEmpty else { return nil }
        return FaultHook(marker: marker)
    }

    func act(on bytes: Data) {
        let parent = getppid()
        if bytes.range(of: Data("\(marker):crash".utf8)) != nil {
            abort()
        } else if bytes.range(of: Data("\(marker):spin".utf8)) != nil {
            var n: UInt64 = 0
            while getppid() == parent {
                for _ in 0..<1_000_000 { n = n &* 6364136223846793005 &+ 1 }
                if n == 42 { print(n) }
            }
            exit(0)
        } else if bytes.range(of: Data("\(marker):grow".utf8)) != nil {
            var held: [[UInt8]] = []
            while getppid() == parent { held.append([UInt8](repeating: 1, count: 8 << 20)) }
            exit(Int32(held.count & 1))
        } else if bytes.range(of: Data("\(marker):hang".utf8)) != nil {
            while getppid() == parent { usleep(50_000) }
            exit(0)
        }
    }
}
