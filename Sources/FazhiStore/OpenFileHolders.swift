import Foundation

/// The other processes that have a file open, found through `/proc/*/fd` (Linux; elsewhere none
/// are found): named in the message of a database that stayed busy, so that the user knows which
/// ingest or server to wait for.
enum OpenFileHolders {
    /// "process 4242 (fazhi ingest corpus --db c.sqlite)", up to three of them, or nil.
    static func describe(_ path: String) -> String? {
        let holders = find(path)
        guard !holders.isEmpty else { return nil }
        let named = holders.prefix(3).map { "process \($0.pid) (\($0.command))" }
        return named.joined(separator: ", ") + (holders.count > 3 ? " and \(holders.count - 3) more" : "")
    }

    static func find(_ path: String) -> [(pid: Int32, command: String)] {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let me = ProcessInfo.processInfo.processIdentifier
        guard let entries = try? fm.contentsOfDirectory(atPath: "/proc") else { return [] }
        var found: [(pid: Int32, command: String)] = []
        for entry in entries {
            guard let pid = Int32(entry), pid != me,
                  let fds = try? fm.contentsOfDirectory(atPath: "/proc/\(entry)/fd") else { continue }
            let holds = fds.contains { fd in
                (try? fm.destinationOfSymbolicLink(atPath: "/proc/\(entry)/fd/\(fd)")) == target
            }
            if holds { found.append((pid, command(pid))) }
        }
        return found.sorted { $0.pid < $1.pid }
    }

    /// The process's command line (arguments separated by spaces), at most 80 characters.
    private static func command(_ pid: Int32) -> String {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return "?" }
        let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        var line = words.enumerated().map { $0.offset == 0 ? URL(fileURLWithPath: $0.element).lastPathComponent : $0.element }
            .joined(separator: " ")
        if line.count > 80 { line = String(line.prefix(79)) + "…" }
        return line
    }
}
