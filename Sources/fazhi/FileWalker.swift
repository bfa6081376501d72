import Foundation

/// The files a user names: files as they are, folders walked recursively (hidden entries and
/// the database's own files skipped), sorted for a stable order.
enum FileWalker {
    static func files(_ paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = URL(fileURLWithPath: path)
            var found: [String] = []
            if let walker = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) {
                for case let url as URL in walker {
                    guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
                    let name = url.lastPathComponent
                    if name.hasSuffix(".sqlite") || name.hasSuffix(".sqlite-wal") || name.hasSuffix(".sqlite-shm") { continue }
                    found.append(url.path)
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, missing)
    }
}
