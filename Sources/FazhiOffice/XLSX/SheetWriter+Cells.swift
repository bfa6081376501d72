/// Data rows: each cell written with the style and type its value needs.
extension SheetWriter {
    mutating func writeRow(_ index: Int, into buffer: XMLBuffer) throws(XLSXError) {
        let row = firstDataRow + index
        buffer.append("<row r=\"")
        buffer.append(row)
        buffer.append("\">")
        let cells = sheet.rows[index]
        for column in cells.indices {
            try writeCell(cells[column], column: column, row: row, into: buffer)
        }
        buffer.append("</row>")
    }

    private mutating func writeCell(_ cell: Cell, column: Int, row: Int,
                                    into buffer: XMLBuffer) throws(XLSXError) {
        switch cell {
        case .empty:
            return
        case let .text(text):
            guard !text.isEmpty else { return }
            let wraps = ColumnWidths.needsWrap(text, width: widths[column], mayOverflow: mayOverflow[column])
            writeString(text, style: wraps ? .wrappedText : .text, column: column, row: row, into: buffer)
        case let .integer(value):
            writeNumber(style: .integer, column: column, row: row, into: buffer) { $0.append(value) }
        case let .number(value):
            guard value.isFinite else { return }
            writeNumber(style: .decimal, column: column, row: row, into: buffer) {
                CellValueFormat.appendNumber(value, to: $0)
            }
        case let .date(year, month, day):
            guard let serial = CellValueFormat.serial(year: year, month: month, day: day) else {
                throw .invalidDate(sheet: name, cell: CellValueFormat.reference(column: column, row: row - 1),
                                   year: year, month: month, day: day)
            }
            if CellValueFormat.isBeforeSerialRange(year: year, month: month, day: day) {
                let text = CellValueFormat.isoText(year: year, month: month, day: day)
                writeString(text, style: .text, column: column, row: row, into: buffer)
            } else {
                writeNumber(style: .date, column: column, row: row, into: buffer) { $0.append(serial) }
            }
        case let .link(text, url):
            let shown = text.isEmpty ? url : text
            guard !shown.isEmpty else { return }
            if links.count < LinkTarget.maximumPerSheet, let target = LinkTarget.encoded(url) {
                let reference = String(decoding: letters[column], as: UTF8.self) + String(row)
                links.append(Link(reference: reference, target: target))
                writeString(shown, style: .link, column: column, row: row, into: buffer)
            } else {
                let wraps = ColumnWidths.needsWrap(shown, width: widths[column], mayOverflow: mayOverflow[column])
                writeString(shown, style: wraps ? .wrappedText : .text, column: column, row: row, into: buffer)
            }
        }
    }

    mutating func writeString(_ text: String, style: CellStyle, column: Int, row: Int,
                              into buffer: XMLBuffer) {
        openCell(style: style, column: column, row: row, into: buffer)
        buffer.append(" t=\"s\"><v>")
        buffer.append(strings.index(of: text))
        buffer.append("</v></c>")
        stringReferences += 1
    }

    private func writeNumber(style: CellStyle, column: Int, row: Int, into buffer: XMLBuffer,
                             value: (XMLBuffer) -> Void) {
        openCell(style: style, column: column, row: row, into: buffer)
        buffer.append("><v>")
        value(buffer)
        buffer.append("</v></c>")
    }

    private func openCell(style: CellStyle, column: Int, row: Int, into buffer: XMLBuffer) {
        buffer.append("<c r=\"")
        buffer.append(raw: letters[column])
        buffer.append(row)
        buffer.append(style.attribute)
    }
}
