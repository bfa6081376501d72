/// Tells an HTML page from plain text: markup near the start (`<!DOCTYPE html`, `<html`, `<head`,
/// `<body`, `<meta`), or an .htm/.html name and some markup.
enum HTMLSniffer {
    static let markers = ["<!doctype html", "<html", "<head", "<body", "<meta"]
    static let extensions = ["htm", "html", "shtml", "xhtml"]

    static func isHTML(_ text: String, name: String) -> Bool {
        let head = String(String.UnicodeScalarView(text.unicodeScalars.prefix(4096).map(\.asciiLowercased)))
        if markers.contains(where: head.contains) { return true }
        let fileExtension = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return name.contains(".") && extensions.contains(fileExtension) && head.contains("<")
    }
}
