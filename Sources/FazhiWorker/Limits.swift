import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kernel's resource limits a worker sets on itself (setrlimit).
enum Limits {
    /// A crash writes no core file (a hostile input could otherwise fill the disk).
    static func noCoreFiles() {
        var limit = rlimit(rlim_cur: 0, rlim_max: 0)
        _ = withUnsafePointer(to: &limit) { setrlimit(resource(RLIMIT_CORE), $0) }
    }

    /// The soft CPU limit set to the CPU time used so far plus `moreSeconds`: past it the kernel
    /// sends SIGXCPU, which ends the worker. The hard limit is left as it is, so the next request
    /// can move the soft one again.
    static func limitCPU(moreSeconds: Int) {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return }
        let used = Int(usage.ru_utime.tv_sec) + Int(usage.ru_stime.tv_sec) + 1
        var limit = rlimit()
        guard getrlimit(resource(RLIMIT_CPU), &limit) == 0 else { return }
        let wanted = rlim_t(used + max(1, moreSeconds))
        limit.rlim_cur = min(wanted, limit.rlim_max)
        _ = withUnsafePointer(to: &limit) { setrlimit(resource(RLIMIT_CPU), $0) }
    }

    /// The address space limited to what the process maps now plus `extraMB` (Linux: read from
    /// /proc/self/statm; elsewhere nothing is limited).
    static func limitAddressSpace(extraMB: Int) {
        #if os(Linux)
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").first.flatMap({ Int($0) }) else { return }
        let now = pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        var limit = rlimit()
        guard getrlimit(resource(RLIMIT_AS), &limit) == 0 else { return }
        let wanted = rlim_t(now + extraMB << 20)
        limit.rlim_cur = min(wanted, limit.rlim_max)
        _ = withUnsafePointer(to: &limit) { setrlimit(resource(RLIMIT_AS), $0) }
        #endif
    }

    #if canImport(Glibc)
    private static func resource(_ r: __rlimit_resource) -> __rlimit_resource_t { __rlimit_resource_t(r.rawValue) }
    #else
    private static func resource(_ r: Int32) -> Int32 { r }
    #endif
}
