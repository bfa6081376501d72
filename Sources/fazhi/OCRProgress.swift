import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A progress bar on standard error while pages are read by OCR — only when standard error is a
/// terminal, so that logs and pipes get no control characters.
enum OCRProgress {
    static func bar(for file: String) -> (@Sendable (Int, Int) -> Void)? {
        guard isatty(2) != 0 else { return nil }
        let name = (file as NSString).lastPathComponent
        return { done, total in
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            let end = done >= total ? "\n" : ""
            FileHandle.standardError.write(Data("\r\(name) 文字识别 [\(bar)] \(done)/\(total) 页\(end)".utf8))
        }
    }
}
