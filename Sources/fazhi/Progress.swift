import Foundation

/// Progress of a long batch on standard error: a redrawn bar with count, rate and ETA on a
/// terminal; a plain line now and then otherwise (pipes, CI), so stdout stays clean.
final class Progress {
    let total: Int
    let label: String
    private let start = Date()
    private let animated: Bool
    private var lastLine = Date.distantPast

    init(total: Int, label: String) {
        self.total = total
        self.label = label
        let env = ProcessInfo.processInfo.environment
        animated = isatty(STDERR_FILENO) == 1 && env["TERM"] != "dumb" && env["CI"] == nil
    }

    func update(_ done: Int) {
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let eta = rate > 0 ? Double(total - done) / rate : 0
        if animated {
            let width = 30
            let filled = total > 0 ? width * done / total : width
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data(String(format: "\r\u{1B}[2K%@ %@ %d/%d  %.0f/s  ETA %@",
                label, bar, done, total, rate, Self.clock(eta)).utf8))
        } else if Date().timeIntervalSince(lastLine) >= 5 || done == total {
            lastLine = Date()
            Standard.err(String(format: "%@ %d/%d  %.0f/s", label, done, total, rate))
        }
    }

    func finish() {
        if animated { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
    }

    var elapsed: Double { Date().timeIntervalSince(start) }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
