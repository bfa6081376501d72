import Foundation

/// Reads a report file of any supported kind into a ``SourceDocument``.
///
/// Plain text in UTF-8 (with or without BOM), UTF-16, GB18030/GBK/GB2312 or Big5; HTML pages
/// (the readable text, mapped back into the page); and .docx. Anything else fails with an
/// ``InputError`` that names the file and says what it is.
///
/// ```swift
/// let document = try InputReader.read(path: "report.html")
/// document.encoding  // "gb18030"
/// ```
public enum InputReader {
    /// The default size limit: 20 MB, far above any annual report.
    public static let defaultMaxBytes = 20_000_000
    /// How standard input (`-`) is named in messages.
    public static let standardInputName = "standard input"

    /// The bytes of a file (or standard input for `-`), refused with a clear error when missing, a
    /// folder, unreadable or over `maxBytes` (checked before reading).
    public static func bytes(path: String, maxBytes: Int = defaultMaxBytes) throws(InputError) -> Data {
        try InputBytes.read(path: path, maxBytes: maxBytes)
    }

    /// Reads the file at `path`, or standard input when `path` is `-`.
    ///
    /// The size is checked before reading; standard input is read up to `maxBytes`.
    public static func read(path: String, maxBytes: Int = defaultMaxBytes) throws(InputError) -> SourceDocument {
        let data = try InputBytes.read(path: path, maxBytes: maxBytes)
        return try decode(data: data, name: path)
    }

    /// Decodes the bytes of a file named `name` (used for messages and the extension).
    public static func decode(data: Data, name: String) throws(InputError) -> SourceDocument {
        let file = name == "-" ? standardInputName : name
        let fail = { (reason: InputError.Reason) in InputError(file: file, reason: reason) }
        let blank = data.withUnsafeBytes { raw in
            raw.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C || $0 == 0x0B }
        }
        if blank { throw fail(.empty) }
        switch BinarySniffer.sniff(data) {
        case .docx: return try docx(data, name: name, fail: fail)
        case .binary(let kind):
            // A zip named .docx is a broken .docx: let the reader say what is missing.
            if name.lowercased().hasSuffix(".docx"), data.starts(with: [0x50, 0x4B]) {
                return try docx(data, name: name, fail: fail)
            }
            throw fail(.binary(kind))
        case .damagedZip(let why):
            throw fail(name.lowercased().hasSuffix(".docx") ? .badDocx(why) : .badArchive(why))
        case .unsupported(let kind, let advice): throw fail(.unsupported(kind: kind, advice: advice))
        case .text: break
        }
        let decoded: EncodingDetector.Decoded
        switch EncodingDetector.decode(data) {
        case .success(let value): decoded = value
        case .failure(.nulBytes): throw fail(.binary("it contains NUL bytes"))
        case .failure(.undecodable(let damage)): throw fail(.undecodable(damage))
        }
        let original = decoded.text
        if original.unicodeScalars.allSatisfy({ $0.isBlank || $0 == "\n" }) { throw fail(.empty) }
        guard HTMLSniffer.isHTML(original, name: name) else {
            return SourceDocument(
                name: name, format: .text, encoding: decoded.encoding.rawValue, original: original,
                invalidBytes: decoded.invalid)
        }
        let page = HTMLExtractor().extract(original)
        guard page.text.unicodeScalars.contains(where: { !$0.isBlank && $0 != "\n" }) else { throw fail(.noText) }
        return SourceDocument(
            name: name, format: .html, encoding: decoded.encoding.rawValue, original: original, text: page.text,
            offsets: page.offsets, offsetEnds: page.ends, title: page.title, invalidBytes: decoded.invalid)
    }

    private static func docx(
        _ data: Data, name: String, fail: (InputError.Reason) -> InputError
    ) throws(InputError) -> SourceDocument {
        let content: DocxReader.Content
        do {
            content = try DocxReader.read(data)
        } catch {
            throw fail(.badDocx(error.why))
        }
        guard content.text.unicodeScalars.contains(where: { !$0.isBlank && $0 != "\n" }) else { throw fail(.noText) }
        return SourceDocument(
            name: name, format: .docx, encoding: "utf-8", original: content.text, title: content.title)
    }
}
