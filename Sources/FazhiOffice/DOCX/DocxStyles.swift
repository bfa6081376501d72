/// `word/styles.xml`: the document defaults (3号 仿宋, exact line pitch of the 22-line grid) and the
/// named styles: Normal, Title (2号 小标宋, centred), Heading 1 (黑体), Heading 2 (楷体), Footer.
enum DocxStyles {
    static func fonts(_ face: (String, String), latin: String = GBT9704.latinFont) -> String {
        "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:eastAsia=\"\(face.0)\" w:cs=\"\(latin)\"/>"
    }

    static func size(_ halfPoints: Int) -> String {
        "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>"
    }

    /// Two characters of first-line indent, as body paragraphs and headings take.
    static let firstLineIndent = "<w:ind w:firstLineChars=\"200\" w:firstLine=\"\(2 * GBT9704.character)\"/>"

    static let part: String = DocxParts.declaration + """
        <w:styles xmlns:w="\(DocxParts.wordNamespace)">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(GBT9704.bodyFont))\
        <w:spacing w:val="\(GBT9704.characterSpacing)"/><w:kern w:val="2"/>\(size(GBT9704.bodySize))\
        <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
        <w:pPr><w:spacing w:line="\(GBT9704.linePitch)" w:lineRule="exact"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr>\
        <w:rPr>\(fonts(GBT9704.titleFont, latin: GBT9704.titleFont.0))\(size(GBT9704.titleSize))</w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>\(firstLineIndent)<w:outlineLvl w:val="1"/></w:pPr>\
        <w:rPr>\(fonts(GBT9704.heading1Font, latin: GBT9704.heading1Font.0))</w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
        <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/>\(firstLineIndent)<w:outlineLvl w:val="2"/></w:pPr>\
        <w:rPr>\(fonts(GBT9704.heading2Font, latin: GBT9704.heading2Font.0))</w:rPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:style>\
        </w:styles>
        """
}
