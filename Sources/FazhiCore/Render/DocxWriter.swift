import Foundation
import ZIPFoundation

/// Writes minimal .docx packages (ECMA-376 Part 1 §11.2): content types, the package
/// relationships, the main document part and, optionally, core properties with a title.
///
/// ```swift
/// let data = try DocxWriter.docx(body: DocxWriter.paragraph("一、主要举措"), title: "报告")
/// ```
enum DocxWriter {
    /// The package could not be built; the description says why.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The time stamp of entries when none is given (2020-09-13 12:26:40 UTC), so that the same
    /// parts always give the same bytes.
    static let fixedDate = Date(timeIntervalSince1970: 1_600_000_000)

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    static let relationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """

    /// A `word/document.xml` whose body is `body` (WordprocessingML paragraphs and tables).
    static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
        \(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    /// A `docProps/core.xml` holding `title`.
    static func core(title: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\(MarkupEscape.escape(title))</dc:title></cp:coreProperties>
        """
    }

    /// One paragraph of one run: `<w:p>…<w:t xml:space="preserve">text</w:t>…</w:p>`.
    static func paragraph(
        _ text: String, align: String? = nil, bold: Bool = false, size: Int? = nil, indent: Bool = false
    ) -> String {
        var properties = ""
        if indent { properties += "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>" }
        if let align { properties += "<w:jc w:val=\"\(align)\"/>" }
        var run = ""
        if bold { run += "<w:b/>" }
        if let size { run += "<w:sz w:val=\"\(size)\"/>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        let rPr = run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>"
        return "<w:p>\(pPr)<w:r>\(rPr)<w:t xml:space=\"preserve\">\(MarkupEscape.escape(text))</w:t></w:r></w:p>"
    }

    /// A zip archive holding `parts` (path → UTF-8 text), deflated, every entry stamped `date`.
    static func zip(_ parts: [(String, String)], date: Date = fixedDate) throws(Failure) -> Data {
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                let bytes = Data(text.utf8)
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                    compressionMethod: .deflate
                ) { position, size in
                    bytes.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw Failure(description: "the archive has no data") }
            return data
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(description: "cannot write the zip archive: \(error)")
        }
    }

    /// A minimal .docx with `body` as its document body and `title` in its core properties.
    static func docx(body: String, title: String? = nil, date: Date = fixedDate) throws(Failure) -> Data {
        var parts = [
            ("[Content_Types].xml", contentTypes), ("_rels/.rels", relationships),
            ("word/document.xml", document(body: body)),
        ]
        if let title { parts.append(("docProps/core.xml", core(title: title))) }
        return try zip(parts, date: date)
    }
}
