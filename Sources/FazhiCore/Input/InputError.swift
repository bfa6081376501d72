/// Why an input could not be read. Its description names the file and the problem in one sentence.
public struct InputError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable, Codable {
        case notFound
        case isDirectory
        case unreadable(String)
        case empty
        case tooLarge(bytes: Int, limit: Int)
        case binary(String)
        /// A document format Fazhi cannot read yet (PDF, .doc, .xlsx …) and what to do instead.
        case unsupported(kind: String, advice: String)
        /// No encoding reads the text; the damage of the closest reading, when there is one.
        case undecodable(InvalidBytes?)
        case badDocx(String)
        /// A zip archive (whatever its name) whose structure is damaged, and why.
        case badArchive(String)
        /// A PDF Poppler cannot read (damaged, truncated, not a PDF inside), and why.
        case badPDF(String)
        /// A PDF that needs a password to be opened.
        case encryptedPDF
        /// A paged document with more pages than the limit.
        case tooManyPages(pages: Int, limit: Int)
        /// A legacy Word document LibreOffice could not convert (or not in time), and why.
        case conversionFailed(String)
        /// A scan or image in which OCR read too little to be a report, and what it read.
        case unreadableScan(String)
        case noText
    }

    public var file: String
    public var reason: Reason

    public init(file: String, reason: Reason) {
        self.file = file
        self.reason = reason
    }

    public var description: String {
        "\(file): \(reasonText)"
    }

    public var reasonText: String {
        switch reason {
        case .notFound: "no such file"
        case .isDirectory: "is a directory, not a report file"
        case .unreadable(let why): "cannot be read (\(why))"
        case .empty: "is empty"
        case .tooLarge(let bytes, let limit):
            "is \(bytes) bytes, over the limit of \(limit) bytes (raise it with --max-size)"
        case .binary(let kind): "is a binary file (\(kind)), not a report"
        case .unsupported(let kind, let advice): "is \(kind): \(advice)"
        case .undecodable(let damage):
            "is not text in UTF-8, UTF-16, GB18030/GBK or Big5" + (damage.map { " (\($0.summary))" } ?? "")
        case .badDocx(let why): "is not a readable .docx (\(why))"
        case .badArchive(let why): "is a damaged zip archive, not a report (\(why))"
        case .badPDF(let why): "is not a readable PDF (\(why))"
        case .encryptedPDF: "is an encrypted PDF: it cannot be read without its password"
        case .tooManyPages(let pages, let limit):
            "has \(pages) pages, over the limit of \(limit) pages"
        case .conversionFailed(let why): "could not be converted by LibreOffice (\(why))"
        case .unreadableScan(let why): "holds no readable report text (\(why))"
        case .noText: "holds no report text"
        }
    }
}
