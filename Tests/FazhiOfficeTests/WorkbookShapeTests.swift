import FazhiOffice
import Foundation
import Testing
import XLSXReadBack

/// Workbooks of unusual shape still open: no sheets, a sheet without a header, rows longer than the header.
struct WorkbookShapeTests {
    private func readBack(_ book: Workbook) throws -> OpenpyxlReader.Book {
        try OpenpyxlReader.readBack(OpenpyxlReader.read, writtenBy: book.write)
    }

    @Test func workbookWithoutSheetsGetsOneEmptySheet() throws {
        let book = try readBack(Workbook())
        #expect(book.sheets.map(\.name) == ["工作表1"])
        #expect(book.sheets[0].freezePanes == nil)
    }

    @Test func sheetWithoutColumnsHasNoHeader() throws {
        let sheet = try #require(try readBack(Workbook(sheets: [Worksheet(name: "数据", columns: [], rows: [["甲", 1]])])).sheets.first)
        #expect(sheet.freezePanes == nil)
        #expect(sheet.autoFilter == nil)
        #expect(sheet.rows.map { $0.map(\.value) } == [[.string("甲"), .int(1)]])
    }

    @Test func cellsBeyondTheHeaderAreKept() throws {
        let sheet = try #require(try readBack(Workbook(sheets: [
            Worksheet(name: "数据", columns: ["名称"], rows: [["甲", 2, " 前后空格 "], []]),
        ])).sheets.first)
        #expect(sheet.rows[1].map(\.value) == [.string("甲"), .int(2), .string(" 前后空格 ")])
        #expect(sheet.autoFilter == "A1:C3")
        #expect(sheet.widths["C"] == 12, "a space, four Han characters, a space: 10 units, and a margin of 2")
    }
}
