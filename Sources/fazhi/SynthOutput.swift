import FazhiCore
import Foundation

/// The corpus folder of `fazhi synth`: preparing it with clear errors, and the closing summary.
enum SynthOutput {
    /// The folder cannot be used; the description names it and says why.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates `root` and its numbered subfolders, and checks files can be written in it.
    static func prepare(_ root: URL, folders: Int) throws(Failure) {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: root.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw Failure(description: "\(root.path) exists and is not a folder") }
        } else {
            var ancestor = root.deletingLastPathComponent()
            while ancestor.path != "/", !fm.fileExists(atPath: ancestor.path) { ancestor = ancestor.deletingLastPathComponent() }
            if fm.fileExists(atPath: ancestor.path, isDirectory: &isFolder), !isFolder.boolValue {
                throw Failure(description: "cannot create \(root.path): \(ancestor.path) is not a folder")
            }
            do {
                try fm.createDirectory(at: root, withIntermediateDirectories: true)
            } catch {
                throw Failure(description: "cannot create \(root.path): \(reason(error))")
            }
        }
        let probe = root.appendingPathComponent(".fazhi-synth-probe")
        guard fm.createFile(atPath: probe.path, contents: Data()) else {
            throw Failure(description: "cannot write in \(root.path): permission denied or read-only file system")
        }
        try? fm.removeItem(at: probe)
        for folder in 0..<folders {
            let url = root.appendingPathComponent(SynthCorpus.folder(for: folder * SynthCorpus.folderSize))
            do {
                try fm.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw Failure(description: "cannot create \(url.path): \(reason(error))")
            }
        }
    }

    /// Writes `data` to `path` with plain POSIX calls: Foundation's `Data.write` syncs every file
    /// to disk, which makes a corpus of 100,000 files wait on the disk, not the generator.
    static func write(_ data: Data, to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(fd) }
        // The errno of a failed write, or 0.
        let failure = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Int32 in
            var offset = 0
            while offset < raw.count {
                let written = Foundation.write(fd, raw.baseAddress?.advanced(by: offset), raw.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return written == 0 ? EIO : errno }
                offset += written
            }
            return 0
        }
        if failure != 0 { throw Failure(description: String(cString: strerror(failure))) }
    }

    /// A short reason for a file-system error: the POSIX message where there is one.
    static func reason(_ error: any Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "no space left on the device"
        case .fileWriteVolumeReadOnly: return "read-only file system"
        case .fileNoSuchFile: return "no such file or folder"
        default: return ns.localizedDescription
        }
    }

    /// Counts for the closing line.
    struct Summary {
        var reports = 0
        var bytes = 0
        var traditional = 0
        var html = 0
        var docx = 0
        var copies = 0
        var encodings: [String: Int] = [:]

        mutating func add(_ truth: SynthTruth, bytes: Int) {
            reports += 1
            self.bytes += bytes
            if truth.script == .traditional { traditional += 1 }
            if truth.format == "html" { html += 1 }
            if truth.format == "docx" { docx += 1 }
            if truth.copiedFrom != nil { copies += 1 }
            encodings[truth.encoding, default: 0] += 1
        }

        /// `wrote 10000 reports (52.3 MB) to out in 12.4 s: 1496 traditional, …; manifest out/manifest.jsonl`
        func line(folder: String, seconds: Double, manifest: String) -> String {
            let megabytes = (Double(bytes) / 100_000).rounded() / 10
            let time = (seconds * 10).rounded() / 10
            let codes = encodings.sorted { $0.value > $1.value }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return "wrote \(reports) reports (\(megabytes) MB) to \(folder) in \(time) s: \(traditional) traditional, "
                + "\(html) HTML, \(docx) .docx, \(codes), \(copies) copying shortcomings; manifest \(manifest)"
        }
    }
}
