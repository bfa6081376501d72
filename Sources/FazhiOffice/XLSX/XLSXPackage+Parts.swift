import Foundation

/// The small parts of the package: content types, relationships, the workbook and document properties.
extension XLSXPackage {
    /// `[Content_Types].xml`: the content type of every part.
    func contentTypes(_ buffer: XMLBuffer) {
        buffer.append(Self.declaration)
        buffer.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        buffer.append("<Default Extension=\"rels\" ")
        buffer.append("ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
        buffer.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
        buffer.append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/")
        buffer.append("vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
        for index in names.indices {
            buffer.append("<Override PartName=\"/xl/worksheets/sheet")
            buffer.append(index + 1)
            buffer.append(".xml\" ContentType=\"application/")
            buffer.append("vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>")
        }
        buffer.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/")
        buffer.append("vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
        buffer.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/")
        buffer.append("vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
        buffer.append("<Override PartName=\"/docProps/core.xml\" ")
        buffer.append("ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
        buffer.append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/")
        buffer.append("vnd.openxmlformats-officedocument.extended-properties+xml\"/>")
        buffer.append("</Types>")
    }

    /// `_rels/.rels`: the workbook and the two property parts.
    static func packageRelationships(_ buffer: XMLBuffer) {
        buffer.append(Self.declaration)
        buffer.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        buffer.append("<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/")
        buffer.append("relationships/officeDocument\" Target=\"xl/workbook.xml\"/>")
        buffer.append("<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/")
        buffer.append("relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
        buffer.append("<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/")
        buffer.append("relationships/extended-properties\" Target=\"docProps/app.xml\"/>")
        buffer.append("</Relationships>")
    }

    /// `docProps/core.xml`: title, author and dates.
    func coreProperties(_ buffer: XMLBuffer) {
        let created = workbook.created.ISO8601Format()
        buffer.append(Self.declaration)
        buffer.append("<cp:coreProperties ")
        buffer.append("xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" ")
        buffer.append("xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" ")
        buffer.append("xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" ")
        buffer.append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        if let title = workbook.title {
            buffer.append("<dc:title>")
            buffer.appendText(title)
            buffer.append("</dc:title>")
        }
        if let creator = workbook.creator {
            buffer.append("<dc:creator>")
            buffer.appendText(creator)
            buffer.append("</dc:creator><cp:lastModifiedBy>")
            buffer.appendText(creator)
            buffer.append("</cp:lastModifiedBy>")
        }
        buffer.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
        buffer.appendText(created)
        buffer.append("</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">")
        buffer.appendText(created)
        buffer.append("</dcterms:modified></cp:coreProperties>")
    }

    /// `docProps/app.xml`: the application and the sheet names.
    func appProperties(_ buffer: XMLBuffer) {
        buffer.append(Self.declaration)
        buffer.append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" ")
        buffer.append("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">")
        buffer.append("<Application>Fazhi</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>")
        buffer.append("<HeadingPairs><vt:vector size=\"2\" baseType=\"variant\">")
        buffer.append("<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>")
        buffer.append(names.count)
        buffer.append("</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size=\"")
        buffer.append(names.count)
        buffer.append("\" baseType=\"lpstr\">")
        for name in names {
            buffer.append("<vt:lpstr>")
            buffer.appendText(name)
            buffer.append("</vt:lpstr>")
        }
        buffer.append("</vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate>")
        buffer.append("<SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>")
        buffer.append("<AppVersion>16.0300</AppVersion></Properties>")
    }

    /// `xl/workbook.xml`: the sheets in tab order and their autofilter ranges.
    func workbookPart(_ buffer: XMLBuffer) {
        buffer.append(Self.declaration)
        buffer.append("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        buffer.append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        buffer.append("<workbookPr/><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>")
        for (index, name) in names.enumerated() {
            buffer.append("<sheet name=\"")
            buffer.appendAttribute(name)
            buffer.append("\" sheetId=\"")
            buffer.append(index + 1)
            buffer.append("\" r:id=\"rId")
            buffer.append(index + 1)
            buffer.append("\"/>")
        }
        buffer.append("</sheets>")
        // Excel records each autofilter's range as a hidden name; without it some versions drop the filter.
        let filtered = sheets.indices.filter { !sheets[$0].columns.isEmpty }
        if !filtered.isEmpty {
            buffer.append("<definedNames>")
            for index in filtered {
                buffer.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"")
                buffer.append(index)
                buffer.append("\" hidden=\"1\">")
                let range = Self.absoluteRange(SheetWriter.usedRange(of: sheets[index]))
                buffer.appendText(Self.quotedSheetName(names[index]) + range)
                buffer.append("</definedName>")
            }
            buffer.append("</definedNames>")
        }
        buffer.append("</workbook>")
    }

    /// `xl/_rels/workbook.xml.rels`: the sheets, the styles and the shared strings.
    func workbookRelationships(_ buffer: XMLBuffer) {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        var relationships = names.indices.map { ("worksheet", "worksheets/sheet\($0 + 1).xml") }
        relationships += [("styles", "styles.xml"), ("sharedStrings", "sharedStrings.xml")]
        buffer.append(Self.declaration)
        buffer.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for (index, (type, target)) in relationships.enumerated() {
            buffer.append("<Relationship Id=\"rId")
            buffer.append(index + 1)
            buffer.append("\" Type=\"")
            buffer.appendAttribute(base + type)
            buffer.append("\" Target=\"")
            buffer.appendAttribute(target)
            buffer.append("\"/>")
        }
        buffer.append("</Relationships>")
    }

    /// `xl/worksheets/_rels/sheetN.xml.rels`: one external target per hyperlink, `rId1`….
    static func hyperlinkRelationships(_ links: [SheetWriter.Link], _ buffer: XMLBuffer) {
        buffer.append(declaration)
        buffer.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">")
        for (index, link) in links.enumerated() {
            buffer.append("<Relationship Id=\"rId")
            buffer.append(index + 1)
            buffer.append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/")
            buffer.append("hyperlink\" Target=\"")
            buffer.appendAttribute(link.target)
            buffer.append("\" TargetMode=\"External\"/>")
        }
        buffer.append("</Relationships>")
    }
}
