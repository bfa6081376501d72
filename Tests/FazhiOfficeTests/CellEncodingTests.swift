import Foundation
import Testing
@testable import FazhiOffice

/// How single values are spelt in the XML: escaping, numbers, dates, column letters, links and widths.
struct CellEncodingTests {
    private func text(_ value: String) -> String {
        let buffer = XMLBuffer()
        buffer.appendText(value)
        return buffer.string
    }

    private func attribute(_ value: String) -> String {
        let buffer = XMLBuffer()
        buffer.appendAttribute(value)
        return buffer.string
    }

    @Test func textEscapesMarkupAndDropsForbiddenCharacters() {
        #expect(text("<a href=\"x\">&'</a>") == "&lt;a href=\"x\"&gt;&amp;'&lt;/a&gt;")
        #expect(text("法治 ＿ 政府\u{FFFD}") == "法治 ＿ 政府\u{FFFD}")
        #expect(text("a\u{00}b\u{08}c\u{0B}d\u{1F}e\u{FFFE}f\u{FFFF}g") == "abcdefg")
        #expect(text("一\r\n二\r三\n四\t五") == "一\n二\n三\n四\t五")
        #expect(text("_x000D_ and _x12G4_ and _x") == "_x005F_x000D_ and _x12G4_ and _x")
        #expect(attribute("\"a\"\tb\nc") == "&quot;a&quot;&#9;b&#10;c")
    }

    @Test func textIsCutAtExcelsCellLimit() {
        let long = String(repeating: "法", count: 40_000)
        #expect(text(long).count == XMLBuffer.maximumCellTextLength)
    }

    @Test(arguments: [(0, 0), (-42, -42), (Int.max, Int.max), (Int.min, Int.min)])
    func integersAreWrittenInDecimal(value: Int, expected: Int) {
        let buffer = XMLBuffer(capacity: 1)
        buffer.append(value)
        #expect(buffer.string == String(expected))
    }

    @Test(arguments: [(21.08, "21.08"), (154_950_000, "154950000"), (-0.5, "-0.5"), (1.5e-7, "1.5E-07"),
                      (1e20, "1E+20"), (-0.0, "0")])
    func numbersUseTheShortestExactForm(value: Double, expected: String) {
        let buffer = XMLBuffer()
        CellValueFormat.appendNumber(value, to: buffer)
        #expect(buffer.string == expected)
    }

    @Test(arguments: [((1900, 3, 1), 61), ((1970, 1, 1), 25_569), ((2024, 2, 29), 45_351), ((2024, 3, 29), 45_380)])
    func datesBecomeExcelSerials(date: (Int, Int, Int), serial: Int) {
        #expect(CellValueFormat.serial(year: date.0, month: date.1, day: date.2) == serial)
    }

    @Test(arguments: [(2023, 2, 29), (2024, 13, 1), (2024, 4, 31), (0, 1, 1), (2024, 1, 0)])
    func impossibleDatesHaveNoSerial(year: Int, month: Int, day: Int) {
        #expect(CellValueFormat.serial(year: year, month: month, day: day) == nil)
    }

    @Test func impossibleDateFailsTheWriteNamingTheCell() {
        let sheet = Worksheet(name: "报告", columns: ["日期"], rows: [[.date(year: 2023, month: 2, day: 29)]])
        #expect(throws: XLSXError.invalidDate(sheet: "报告", cell: "A2", year: 2023, month: 2, day: 29)) {
            try Workbook(sheets: [sheet]).data()
        }
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnLetters(index: Int, letters: String) {
        #expect(String(decoding: CellValueFormat.columnLetters(index), as: UTF8.self) == letters)
    }

    @Test func linkTargetsArePercentEncodedAndLimited() {
        #expect(LinkTarget.encoded(" https://www.gd.gov.cn/公开 a") == "https://www.gd.gov.cn/%E5%85%AC%E5%BC%80%20a")
        #expect(LinkTarget.encoded("HTTP://x.cn/?a=1&b=%20") == "HTTP://x.cn/?a=1&b=%20")
        #expect(LinkTarget.encoded("mailto:fzb@gov.cn") == "mailto:fzb@gov.cn")
        #expect(LinkTarget.encoded("javascript:alert(1)") == nil)
        #expect(LinkTarget.encoded("www.gov.cn") == nil)
        #expect(LinkTarget.encoded("https://x.cn/" + String(repeating: "a", count: 300)) == nil)
    }

    @Test(arguments: [("abc", 3), ("法治", 4), ("ＡＢ", 4), ("一二\n三四五", 6), ("e\u{301}", 1), ("😀", 2)])
    func displayWidthCountsWideCharactersTwice(text: String, units: Int) {
        #expect(ColumnWidths.units(of: text, limit: 100) == units)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let sheet = Worksheet(name: "报告", columns: ["地区", "得分"], rows: [["北京市", 91.5]])
        let book = Workbook(title: "报告", creator: "Fazhi", created: Date(timeIntervalSince1970: 1_700_000_000),
                            sheets: [sheet])
        #expect(try book.data() == book.data())
    }

    @Test func writingReplacesAnExistingFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("old".utf8).write(to: file)
        let book = Workbook(sheets: [Worksheet(name: "表", columns: ["列"], rows: [["值"]])])
        try book.write(to: file)
        #expect(try Data(contentsOf: file) == book.data())
    }
}
