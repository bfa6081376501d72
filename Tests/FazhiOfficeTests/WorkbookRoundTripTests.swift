import FazhiOffice
import Foundation
import Testing
import XLSXReadBack

/// Writes a realistic three-sheet workbook and checks what openpyxl reads back.
@Suite struct WorkbookRoundTripTests {
    static let longName = "发现的问题/整改建议［按地区、年度和规则排序］：含全部严重程度的2023年度版本"
    static let hostile = "<script>alert(\"x\")</script> & 'quote'"
    static let longTitle = String(repeating: "法治政府建设", count: 20)

    static func sample() -> Workbook {
        let reports = Worksheet(
            name: "法治政府建设年度报告",
            columns: ["地区", "年度", "报告标题", "发布日期", "原文", "备注"],
            rows: [
                ["北京市", 2023, "北京市2023年法治政府建设年度报告", .date(year: 2024, month: 3, day: 29),
                 .link(text: "原文", url: "https://www.beijing.gov.cn/zhengce/2024/法治.html"), .empty],
                ["上海市", 2023, .text(hostile), .date(year: 2024, month: 2, day: 29),
                 .link(text: "不安全链接", url: "javascript:alert(1)"), .text("第一行\u{01}\u{0B}第二行\r\n第三行")],
                ["广东省", .empty, .text(longTitle), .date(year: 1899, month: 12, day: 31),
                 .empty, .text("_x0041_ 保留原样")],
            ]
        )
        let indicators = Worksheet(
            name: "法治政府建设年度报告",
            columns: ["指标", "数值", "单位"],
            rows: [
                ["行政复议纠错率", 21.08, "%"],
                ["法治建设财政投入", 154_950_000, "元"],
                ["整数形式的小数", 3.0, .empty],
                ["负数", -0.5, "分"],
            ]
        )
        let findings = Worksheet(
            name: longName,
            columns: ["规则", "严重程度", "说明"],
            rows: [["R001", "严重", "缺少党政主要负责人履行推进法治建设第一责任人职责情况"]]
        )
        return Workbook(title: "法治政府建设年度报告分析", creator: "Fazhi", sheets: [reports, indicators, findings])
    }

    /// The sample written to a temporary file and read by openpyxl, shared by the tests below.
    static let readBack: Result<OpenpyxlReader.Book, any Error> = Result {
        try OpenpyxlReader.readBack(OpenpyxlReader.read, writtenBy: sample().write)
    }

    @Test func sheetNamesAreValidAndUnique() throws {
        let book = try Self.readBack.get()
        let names = book.sheets.map(\.name)
        #expect(names == [
            "法治政府建设年度报告",
            "法治政府建设年度报告 (2)",
            "发现的问题_整改建议［按地区、年度和规则排序］：含全部严重程度",
        ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
        #expect(Self.sample().sheetNames == names)
    }

    @Test func packageStartsWithContentTypesAndKeepsProperties() throws {
        let book = try Self.readBack.get()
        #expect(book.entries.first == "[Content_Types].xml")
        #expect(book.entries.contains("xl/sharedStrings.xml"))
        #expect(book.title == "法治政府建设年度报告分析")
        #expect(book.creator == "Fazhi")
    }

    @Test func headersAreBoldFilledFrozenAndFiltered() throws {
        let book = try Self.readBack.get()
        for sheet in book.sheets {
            #expect(sheet.freezePanes == "A2", "\(sheet.name)")
            #expect(!sheet.headerBold.isEmpty && sheet.headerBold.allSatisfy { $0 }, "\(sheet.name)")
            #expect(sheet.headerFill.allSatisfy { $0 == "solid" }, "\(sheet.name)")
        }
        #expect(book.sheets[0].autoFilter == "A1:F4")
        let header = ["地区", "年度", "报告标题", "发布日期", "原文", "备注"]
        #expect(book.sheets[0].rows[0].map(\.value) == header.map { .string($0) })
    }

    @Test func numbersAreNumbersWithTheirFormats() throws {
        let rows = try Self.readBack.get().sheets[1].rows
        #expect(rows[1][1].type == "float" && rows[1][1].value == .double(21.08) && rows[1][1].format == "0.00")
        #expect(rows[2][1].type == "int" && rows[2][1].value == .int(154_950_000) && rows[2][1].format == "0")
        #expect(rows[3][1].value == .int(3) && rows[3][1].format == "0.00")
        #expect(rows[4][1].value == .double(-0.5))
        #expect(rows[3][2].type == "empty")
        let reports = try Self.readBack.get().sheets[0].rows
        #expect(reports[1][1].type == "int" && reports[1][1].value == .int(2023))
        #expect(reports[3][1].type == "empty")
    }

    @Test func datesAreDates() throws {
        let rows = try Self.readBack.get().sheets[0].rows
        #expect(rows[1][3].type == "date" && rows[1][3].value == .string("2024-03-29"))
        #expect(rows[1][3].format == "yyyy-mm-dd")
        #expect(rows[2][3].type == "date" && rows[2][3].value == .string("2024-02-29"))
        // Before 1900-03-01 Excel's serials are off by a day: such dates are written as text.
        #expect(rows[3][3].type == "str" && rows[3][3].value == .string("1899-12-31"))
    }

    @Test func linksAreHyperlinksOnlyForWebAddresses() throws {
        let sheet = try Self.readBack.get().sheets[0]
        #expect(sheet.rows[1][4].value == .string("原文"))
        #expect(sheet.links["E2"] == "https://www.beijing.gov.cn/zhengce/2024/%E6%B3%95%E6%B2%BB.html")
        #expect(sheet.rows[2][4].value == .string("不安全链接"))
        #expect(sheet.links["E3"] == nil)
        #expect(sheet.links.count == 1)
    }

    @Test func hostileTextRoundTripsEscapedAndCleaned() throws {
        let rows = try Self.readBack.get().sheets[0].rows
        #expect(rows[2][2].value == .string(Self.hostile))
        #expect(rows[2][5].value == .string("第一行第二行\n第三行"))
        #expect(rows[2][5].wrap)
        #expect(rows[3][5].value == .string("_x0041_ 保留原样"))
        #expect(rows[1][5].type == "empty")
    }

    @Test func columnWidthsFitTheContent() throws {
        let sheets = try Self.readBack.get().sheets
        for sheet in sheets {
            for (column, width) in sheet.widths {
                let width = try #require(width, "\(sheet.name) \(column)")
                #expect((8...60).contains(width), "\(sheet.name) \(column): \(width)")
            }
        }
        let reports = sheets[0].widths
        // 地区: four units of header plus the filter button; the title column holds a 120-character title.
        #expect(reports["A"] == 8)
        #expect(reports["C"] == 60)
        #expect(try #require(reports["C"] ?? nil) > (try #require(reports["A"] ?? nil)))
        #expect(sheets[0].rows[3][2].wrap, "text wider than the widest column wraps")
        #expect(!sheets[0].rows[1][2].wrap)
        #expect(sheets[2].widths["C"] == 54, "26 Han characters, 52 units, plus a margin of 2")
    }
}
