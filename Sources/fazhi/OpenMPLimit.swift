import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tesseract's OpenMP threads, on top of Fazhi's one OCR engine per processor, oversubscribe the
/// processors and spin against each other (six scanned pages on two processors: 108 s with them,
/// 24.5 s with `OMP_THREAD_LIMIT=1`). The limit is read when the library loads, before `main`, so
/// `fazhi` sets it and starts itself again, once, unless the user has set it.
enum OpenMPLimit {
    static func ensure() {
        guard getenv("OMP_THREAD_LIMIT") == nil else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        // Same process, same arguments and descriptors; only the environment is new. If it fails,
        // OCR is slower and nothing else changes.
        execv("/proc/self/exe", CommandLine.unsafeArgv)
    }
}
