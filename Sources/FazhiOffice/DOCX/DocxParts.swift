import Foundation

/// The fixed parts of a WordprocessingML package (ECMA-376 Part 1): content types, relationships,
/// settings, the font table with free fallbacks, the two page-number footers and the properties.
enum DocxParts {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = declaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/fontTable.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>\
        <Override PartName="/word/footer1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/word/footer2.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" \
        ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/>\
        <Relationship Id="rId2" \
        Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId3" \
        Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" \
        Target="docProps/app.xml"/>\
        </Relationships>
        """

    /// `word/_rels/document.xml.rels`: styles, settings, fonts and the footers (rId10 odd, rId11 even).
    static let documentRelationships = declaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipNamespace)/settings" Target="settings.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipNamespace)/fontTable" Target="fontTable.xml"/>\
        <Relationship Id="rId10" Type="\(relationshipNamespace)/footer" Target="footer1.xml"/>\
        <Relationship Id="rId11" Type="\(relationshipNamespace)/footer" Target="footer2.xml"/>\
        </Relationships>
        """

    /// Different footers on odd and even pages (the page number moves to the outer edge).
    static let settings = declaration + """
        <w:settings xmlns:w="\(wordNamespace)">\
        <w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:evenAndOddHeaders/>\
        <w:characterSpacingControl w:val="compressPunctuation"/>\
        <w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" \
        w:val="15"/></w:compat></w:settings>
        """

    /// Each face the standard names, with a free font as its alternative name.
    static let fontTable: String = {
        let fonts = [GBT9704.titleFont, GBT9704.bodyFont, GBT9704.heading1Font, GBT9704.heading2Font,
                     GBT9704.pageNumberFont]
        var xml = declaration + "<w:fonts xmlns:w=\"\(wordNamespace)\">"
        for (name, fallback) in fonts {
            let family = name == GBT9704.heading1Font.0 ? "modern" : "roman"
            xml += "<w:font w:name=\"\(name)\"><w:altName w:val=\"\(fallback)\"/><w:charset w:val=\"86\"/>"
                + "<w:family w:val=\"\(family)\"/><w:pitch w:val=\"fixed\"/></w:font>"
        }
        xml += "<w:font w:name=\"\(GBT9704.latinFont)\"><w:charset w:val=\"00\"/><w:family w:val=\"roman\"/>"
            + "<w:pitch w:val=\"variable\"/></w:font></w:fonts>"
        return xml
    }()

    /// A footer holding "— PAGE —" in 4号 宋体, right-aligned one character in (odd pages) or
    /// left-aligned one character in (even pages).
    static func footer(odd: Bool) -> String {
        let (font, _) = GBT9704.pageNumberFont
        let run = "<w:rPr><w:rFonts w:ascii=\"\(font)\" w:hAnsi=\"\(font)\" w:eastAsia=\"\(font)\"/>"
            + "<w:sz w:val=\"\(GBT9704.pageNumberSize)\"/><w:szCs w:val=\"\(GBT9704.pageNumberSize)\"/></w:rPr>"
        let indent = odd ? "<w:ind w:right=\"\(GBT9704.character)\"/>" : "<w:ind w:left=\"\(GBT9704.character)\"/>"
        return declaration + """
            <w:ftr xmlns:w="\(wordNamespace)"><w:p><w:pPr><w:pStyle w:val="Footer"/>\
            \(indent)<w:jc w:val="\(odd ? "right" : "left")"/></w:pPr>\
            <w:r>\(run)<w:t xml:space="preserve">— </w:t></w:r>\
            <w:r>\(run)<w:fldChar w:fldCharType="begin"/></w:r>\
            <w:r>\(run)<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
            <w:r>\(run)<w:fldChar w:fldCharType="separate"/></w:r>\
            <w:r>\(run)<w:t>1</w:t></w:r>\
            <w:r>\(run)<w:fldChar w:fldCharType="end"/></w:r>\
            <w:r>\(run)<w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>
            """
    }

    static func coreProperties(title: String, created: Date) -> String {
        let stamp = ISO8601DateFormatter().string(from: created)
        return declaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(DocxMarkup.escaped(title))</dc:title><dc:creator>Fazhi</dc:creator>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(stamp)</dcterms:modified></cp:coreProperties>
            """
    }

    static let appProperties = declaration + """
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">\
        <Application>Fazhi</Application></Properties>
        """
}
