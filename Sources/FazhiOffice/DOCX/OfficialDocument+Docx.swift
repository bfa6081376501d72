import Foundation
import ZIPFoundation

/// Why a .docx could not be written.
public struct DocxError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
}

extension OfficialDocument {
    /// The .docx file's bytes: the document in the GB/T 9704-2012 layout, with styles, settings, the
    /// font table, odd and even page-number footers and core properties.
    public func data() throws(DocxError) -> Data {
        let parts: [(String, String)] = [
            ("[Content_Types].xml", DocxParts.contentTypes),
            ("_rels/.rels", DocxParts.packageRelationships),
            ("docProps/core.xml", DocxParts.coreProperties(title: title.joined(), created: created)),
            ("docProps/app.xml", DocxParts.appProperties),
            ("word/document.xml", documentPart),
            ("word/_rels/document.xml.rels", DocxParts.documentRelationships),
            ("word/styles.xml", DocxStyles.part),
            ("word/settings.xml", DocxParts.settings),
            ("word/fontTable.xml", DocxParts.fontTable),
            ("word/footer1.xml", DocxParts.footer(odd: true)),
            ("word/footer2.xml", DocxParts.footer(odd: false)),
        ]
        do {
            let archive = try Archive(accessMode: .create)
            for (path, text) in parts {
                try archive.addSpooledEntry(path, modified: created) { $0.append(raw: Array(text.utf8)) }
            }
            guard let data = archive.data else { throw DocxError(description: "the zip archive has no data") }
            return data
        } catch let error as DocxError {
            throw error
        } catch {
            throw DocxError(description: "cannot write the .docx zip archive: \(error)")
        }
    }

    /// `word/document.xml`.
    var documentPart: String {
        var body = ""
        for line in title { body += paragraph(style: "Title", runs: [Run(line)]) }
        body += "<w:p/>"  // one blank line between the title and the addressee
        if let addressee { body += paragraph(style: nil, runs: [Run(addressee)], indent: false) }
        for block in blocks {
            switch block {
            case let .heading1(text): body += paragraph(style: "Heading1", runs: [Run(text, style: .heading1)])
            case let .heading2(text): body += paragraph(style: "Heading2", runs: [Run(text, style: .heading2)])
            case let .paragraph(runs): body += paragraph(style: nil, runs: runs)
            }
        }
        body += signature
        return DocxParts.declaration + """
            <w:document xmlns:w="\(DocxParts.wordNamespace)" xmlns:r="\(DocxParts.relationshipNamespace)">\
            <w:body>\(body)\(sectionProperties)</w:body></w:document>
            """
    }

    /// The 落款: two blank lines, then the issuer centred over the date, the date four characters in
    /// from the right margin.
    var signature: String {
        let dateIndent = 4 * GBT9704.character
        let shift = (date.count - issuer.count) * GBT9704.character / 2
        let issuerIndent = max(0, dateIndent + shift)
        func right(_ text: String, _ indent: Int) -> String {
            "<w:p><w:pPr><w:ind w:right=\"\(indent)\"/><w:jc w:val=\"right\"/></w:pPr>"
                + "<w:r><w:t xml:space=\"preserve\">\(DocxMarkup.escaped(text))</w:t></w:r></w:p>"
        }
        return "<w:p/><w:p/>" + right(issuer, issuerIndent) + right(date, dateIndent)
    }

    /// A4, the standard margins, odd/even footers, and the 22-line document grid.
    var sectionProperties: String {
        """
        <w:sectPr><w:footerReference w:type="default" r:id="rId10"/>\
        <w:footerReference w:type="even" r:id="rId11"/>\
        <w:pgSz w:w="\(GBT9704.pageWidth)" w:h="\(GBT9704.pageHeight)"/>\
        <w:pgMar w:top="\(GBT9704.marginTop)" w:right="\(GBT9704.marginRight)" w:bottom="\(GBT9704.marginBottom)" \
        w:left="\(GBT9704.marginLeft)" w:header="851" w:footer="\(GBT9704.footerDistance)" w:gutter="0"/>\
        <w:cols w:space="425"/>\
        <w:docGrid w:type="lines" w:linePitch="\(GBT9704.linePitch)"/>\
        </w:sectPr>
        """
    }

    private func paragraph(style: String?, runs: [Run], indent: Bool = true) -> String {
        var pPr = ""
        if let style { pPr += "<w:pStyle w:val=\"\(style)\"/>" } else if indent { pPr += DocxStyles.firstLineIndent }
        var xml = pPr.isEmpty ? "<w:p>" : "<w:p><w:pPr>\(pPr)</w:pPr>"
        for run in runs {
            let face: (String, String)? = switch run.style {
            case .body: nil
            case .heading1: GBT9704.heading1Font
            case .heading2: GBT9704.heading2Font
            }
            let rPr = face.map { "<w:rPr>\(DocxStyles.fonts($0, latin: $0.0))</w:rPr>" } ?? ""
            xml += "<w:r>\(rPr)<w:t xml:space=\"preserve\">\(DocxMarkup.escaped(run.text))</w:t></w:r>"
        }
        return xml + "</w:p>"
    }
}
