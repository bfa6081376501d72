/// Writes one worksheet part (`xl/worksheets/sheetN.xml`) a row at a time.
///
/// The part is, in the order the schema requires: the used range, a view with the header row frozen,
/// the column widths, the header row (bold, filled) and the data rows, an autofilter over the header,
/// the hyperlinks and the page margins. Text goes through the shared-string table; numbers and dates
/// are plain `<v>` values without a type, so every reader sees numbers.
struct SheetWriter: PartWriter {
    /// A cell's hyperlink: its reference (`E2`) and its encoded target.
    struct Link: Hashable {
        var reference: String
        var target: String
    }

    let sheet: Worksheet
    /// The sheet's name as written, for error messages.
    let name: String
    let isSelected: Bool
    let strings: SharedStrings
    /// The column widths, in character units.
    let widths: [Double]
    /// The column letters, `A`, `B`, … as bytes.
    let letters: [[UInt8]]
    /// Per column: whether text may be wider than the column (its width is fixed or at the maximum).
    let mayOverflow: [Bool]
    /// Whether the sheet has a header row (it has columns), which is then frozen and filtered.
    let hasHeader: Bool
    /// The row number of the first data row: 2 below a header, else 1.
    let firstDataRow: Int

    /// The hyperlinks written so far, in order; relationship `rId(n+1)` is link `n`.
    var links: [Link] = []
    /// How many cells refer to the shared-string table so far.
    var stringReferences = 0
    private var nextRow = -1
    private var isFinished = false

    init(sheet: Worksheet, name: String, isSelected: Bool, strings: SharedStrings) {
        self.sheet = sheet
        self.name = name
        self.isSelected = isSelected
        self.strings = strings
        let widths = ColumnWidths.fitted(sheet)
        self.widths = widths
        letters = (0..<widths.count).map(CellValueFormat.columnLetters)
        mayOverflow = widths.indices.map { index in
            index < sheet.columns.count && sheet.columns[index].width != nil
                || widths[index] >= Double(Worksheet.maximumWidth)
        }
        hasHeader = !sheet.columns.isEmpty
        firstDataRow = hasHeader ? 2 : 1
    }

    /// The range the sheet uses, `A1:J100001`, or `A1` when empty.
    static func usedRange(of sheet: Worksheet) -> String {
        let columns = sheet.columnCount
        let rows = sheet.rows.count + (sheet.columns.isEmpty ? 0 : 1)
        guard columns > 0, rows > 0 else { return "A1" }
        return "A1:" + CellValueFormat.reference(column: columns - 1, row: rows - 1)
    }

    mutating func writeNext(into buffer: XMLBuffer) throws(XLSXError) -> Bool {
        if isFinished { return false }
        if nextRow == -1 {
            writeHead(into: buffer)
        } else if nextRow < sheet.rows.count {
            try writeRow(nextRow, into: buffer)
        } else {
            writeTail(into: buffer)
            isFinished = true
        }
        nextRow += 1
        return true
    }

    private mutating func writeHead(into buffer: XMLBuffer) {
        buffer.append(XLSXPackage.declaration)
        buffer.append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" ")
        buffer.append("xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        buffer.append("<dimension ref=\"")
        buffer.appendAttribute(Self.usedRange(of: sheet))
        buffer.append("\"/><sheetViews><sheetView ")
        if isSelected { buffer.append("tabSelected=\"1\" ") }
        buffer.append("workbookViewId=\"0\">")
        if hasHeader {
            buffer.append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            buffer.append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
        }
        buffer.append("</sheetView></sheetViews>")
        if !widths.isEmpty {
            buffer.append("<cols>")
            for (index, width) in widths.enumerated() {
                buffer.append("<col min=\"")
                buffer.append(index + 1)
                buffer.append("\" max=\"")
                buffer.append(index + 1)
                buffer.append("\" width=\"")
                CellValueFormat.appendNumber(width, to: buffer)
                buffer.append("\" customWidth=\"1\"/>")
            }
            buffer.append("</cols>")
        }
        buffer.append("<sheetData>")
        guard hasHeader else { return }
        buffer.append("<row r=\"1\">")
        for (index, column) in sheet.columns.enumerated() where !column.title.isEmpty {
            writeString(column.title, style: .header, column: index, row: 1, into: buffer)
        }
        buffer.append("</row>")
    }

    private func writeTail(into buffer: XMLBuffer) {
        buffer.append("</sheetData>")
        if hasHeader {
            buffer.append("<autoFilter ref=\"")
            buffer.appendAttribute(Self.usedRange(of: sheet))
            buffer.append("\"/>")
        }
        if !links.isEmpty {
            buffer.append("<hyperlinks>")
            for (index, link) in links.enumerated() {
                buffer.append("<hyperlink ref=\"")
                buffer.appendAttribute(link.reference)
                buffer.append("\" r:id=\"rId")
                buffer.append(index + 1)
                buffer.append("\"/>")
            }
            buffer.append("</hyperlinks>")
        }
        buffer.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" ")
        buffer.append("header=\"0.3\" footer=\"0.3\"/></worksheet>")
    }
}
