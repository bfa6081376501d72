import Foundation

/// Finds the directory holding `<lang>.traineddata` for every requested language,
/// so a missing language is a clear `engineUnavailable` instead of Tesseract's stderr noise.
enum TessdataLocator {
    static let systemDirectories = [
        "/usr/share/tesseract-ocr/5/tessdata",
        "/usr/share/tesseract-ocr/4.00/tessdata",
        "/usr/share/tessdata",
        "/usr/local/share/tessdata",
        "/opt/homebrew/share/tessdata",
    ]

    static func directory(for options: OCROptions) throws(ScanError) -> String {
        let languages = options.languages.split(separator: "+").map(String.init)
        guard !languages.isEmpty, languages.allSatisfy({ !$0.isEmpty && !$0.contains("/") }) else {
            throw .engineUnavailable("invalid language string \"\(options.languages)\"")
        }
        var candidates: [String] = []
        if let explicit = options.tessdataPath {
            candidates = [explicit, explicit + "/tessdata"]
        } else {
            // Tesseract ≥ 4 treats TESSDATA_PREFIX as the tessdata directory itself; 3.x as its parent.
            if let prefix = ProcessInfo.processInfo.environment["TESSDATA_PREFIX"], !prefix.isEmpty {
                candidates += [prefix, prefix + "/tessdata"]
            }
            candidates += systemDirectories
        }
        let fm = FileManager.default
        for dir in candidates where languages.allSatisfy({ fm.fileExists(atPath: "\(dir)/\($0).traineddata") }) {
            return dir
        }
        throw .engineUnavailable("no \(languages.map { "\($0).traineddata" }.joined(separator: ", ")) in \(candidates.joined(separator: ", "))")
    }
}
