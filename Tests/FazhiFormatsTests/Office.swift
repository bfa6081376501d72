import Foundation

/// LibreOffice (Debian's libreoffice-writer) run the way the tests need it: files converted in a
/// folder of their own with a private profile, the results' paths returned.
enum Office {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples")

    static var soffice: String {
        get throws {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            guard let found = path.split(separator: ":").map({ "\($0)/soffice" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) })
            else { throw Failure(description: "soffice not found: install libreoffice-writer (scripts/install-deps.sh does)") }
            return found
        }
    }

    /// A new empty folder.
    static func folder(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// Converts `files` (all at once) to `filter` (`pdf`, `doc`, or a filter with options) into
    /// `dir`; the converted files' paths, in the order of `files`.
    static func convert(_ files: [URL], to filter: String, extension ext: String, in dir: URL) throws -> [URL] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try soffice)
        process.arguments = ["--headless", "--norestore", "-env:UserInstallation=\(dir.appendingPathComponent("profile").absoluteString)",
                             "--convert-to", filter, "--outdir", dir.path] + files.map(\.path)
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["FONTCONFIG_FILE": root.appendingPathComponent("scripts/gbt9704-fonts.conf").path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let out = files.map { dir.appendingPathComponent($0.deletingPathExtension().lastPathComponent).appendingPathExtension(ext) }
        for file in out where !FileManager.default.fileExists(atPath: file.path) {
            throw Failure(description: "soffice did not make \(file.lastPathComponent) (status \(process.terminationStatus))")
        }
        return out
    }
}
