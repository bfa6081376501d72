import Foundation

/// The files a user names: files as they are, folders walked recursively, sorted for a stable
/// order. In folders, hidden entries are skipped and only files that may be reports are taken:
/// text, HTML and Word files, PDFs (refused with a message that says how to convert them) and files
/// without an extension; data files beside them (a manifest.jsonl, a .csv, an .xlsx, images, the
/// database itself) are left out and counted.
enum FileWalker {
    static let reportExtensions: Set<String> = ["txt", "text", "htm", "html", "shtml", "xhtml", "docx", "doc", "wps", "rtf", "pdf", "png", "jpg", "jpeg", "tif", "tiff", "md", ""]

    static func walk(_ paths: [String]) -> (files: [String], missing: [String], leftOut: [String]) {
        var files: [String] = []
        var missing: [String] = []
        var leftOut: [String] = []
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
                    guard reportExtensions.contains(url.pathExtension.lowercased()) else {
                        leftOut.append(url.path)
                        continue
                    }
                    found.append(url.path)
                }
            }
            files.append(contentsOf: found.sorted())
        }
        return (files, missing, leftOut)
    }
}
