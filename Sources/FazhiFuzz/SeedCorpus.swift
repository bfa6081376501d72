import FazhiCore
import FazhiOffice
import Foundation

/// The inputs the fuzz targets start from, read from the repository: the sample reports, every
/// 25th labelled real report (`data/eval/real`), the GB18030, Big5 and HTML fixtures, the sample
/// ledgers, and .docx files the project's own writer builds from the samples. Texts are cut to
/// their first 3,000 bytes, so that each execution stays fast.
public struct SeedCorpus: Sendable {
    public var texts: [[UInt8]]
    public var legacy: [[UInt8]]
    public var pages: [[UInt8]]
    public var ledgers: [[UInt8]]
    public var docx: [[UInt8]]
    /// The `word/document.xml` of each .docx seed.
    public var documentXML: [[UInt8]]

    static let cut = 3_000

    public init(root: URL) {
        func files(_ folder: String, _ suffix: String) -> [URL] {
            let dir = root.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(suffix) }.sorted().map { dir.appendingPathComponent($0) }
        }
        func bytes(_ url: URL) -> [UInt8] { (try? Data(contentsOf: url)).map { [UInt8]($0) } ?? [] }
        let real = files("data/eval/real", ".txt").enumerated().filter { $0.offset % 25 == 0 }.map(\.element)
        let full = (files("samples", ".txt") + real).map { String(decoding: bytes($0), as: UTF8.self) }
        let cutTexts = full.map { String($0.unicodeScalars.prefix(Self.cut / 3).map(Character.init)) }
        texts = cutTexts.map { Array($0.utf8) }
        let fixtures = "Tests/FazhiCoreTests/Fixtures/input"
        legacy = (files(fixtures, ".txt")).map { Array(bytes($0).prefix(Self.cut)) }
            + cutTexts.prefix(2).map { [0xFF, 0xFE] + Array(($0.data(using: .utf16LittleEndian) ?? Data())) }
        pages = files(fixtures, ".html").map { Array(bytes($0).prefix(4 * Self.cut)) }
            + cutTexts.prefix(3).map { Array("<html><head><title>报告</title></head><body><p>\($0)</p></body></html>".utf8) }
        ledgers = files("samples/ledgers", ".yaml").map(bytes) + files("samples/ledgers", ".json").map(bytes)
        let documents = cutTexts.prefix(4).map(Self.document)
        docx = documents.compactMap { try? [UInt8]($0.data()) }
        documentXML = cutTexts.prefix(4).map { Array(Self.wordprocessing($0).utf8) }
    }

    /// A `word/document.xml` of a text's lines: paragraphs of runs, a table row, tabs, breaks and entities.
    static func wordprocessing(_ text: String) -> String {
        let escaped = { (line: Substring) in
            line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let paragraphs = text.split(separator: "\n").map { line in
            "<w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">"
                + escaped(line) + "</w:t></w:r><w:r><w:tab/><w:br/><w:t>&#20013;</w:t></w:r></w:p>"
        }
        let table = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>"
            + "<w:tc><w:p><w:r><w:t>218件</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"w\"><w:body>"
            + paragraphs.joined() + table + "<mc:Fallback><w:t>x</w:t></mc:Fallback></w:body></w:document>"
    }

    /// A 公文 of a text's lines: the first is the title, the rest body paragraphs.
    static func document(_ text: String) -> OfficialDocument {
        let lines = text.split(separator: "\n").map(String.init)
        let blocks = lines.dropFirst().map { OfficialDocument.Block.paragraph([OfficialDocument.Run($0)]) }
        return OfficialDocument(
            title: [lines.first ?? "报告"], addressee: nil, blocks: blocks, issuer: "人民政府", date: "2024年2月20日")
    }
}
