/// Tells an HTML page from plain text: markup near the start (`<!DOCTYPE html`, `<html`, `<head`,
/// `<body`, `<meta`), or an .htm/.html name and some markup.
enum HTMLSniffer {
    static let markers = ["<!doctype html", "<html", "<head", "<body", "<meta"]
    static let extensions = ["htm", "html", "shtml", "xhtml"]

    static func isHTML(_ text: String, name: String) -> Bool {
        // Plain text rarely holds a `<` near its start: no markup to look for then.
        guard text.utf8.prefix(8192).contains(UInt8(ascii: "<")) else { return false }
        let head = ByteSearch.lowercased(text.utf8.prefix(8192))
        if markers.contains(where: { ByteSearch.contains($0, in: head) }) { return true }
        let fileExtension = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return name.contains(".") && extensions.contains(fileExtension) && head.contains(UInt8(ascii: "<"))
    }
}
