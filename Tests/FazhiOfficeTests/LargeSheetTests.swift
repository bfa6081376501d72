import FazhiOffice
import Foundation
import Testing
import XLSXReadBack

/// A 100,000-row, 10-column sheet is written (streamed, never built as one string) and read back.
@Suite struct LargeSheetTests {
    static let rowCount = 100_000
    static let regions = ["北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省"]

    static func row(_ index: Int) -> [Cell] {
        [
            .text(regions[index % regions.count]),
            .integer(2015 + index % 10),
            .text("第\(index)号报告：严格规范公正文明执法"),
            .number(Double(index % 10_000) / 100),
            .date(year: 2016 + index % 9, month: 1 + index % 12, day: 1 + index % 28),
            .integer(index * 1_000),
            .text(index % 3 == 0 ? "严重" : "提示"),
            index % 10 == 0 ? .link(text: "原文", url: "https://www.gov.cn/zhengce/\(index).htm") : .empty,
            .number(Double(index) * 1.5),
            .text("R\(index % 97)"),
        ]
    }

    @Test func hundredThousandRowsRoundTrip() throws {
        let columns: [Worksheet.Column] = [
            "地区", "年度", "标题", "得分", "发布日期", "金额", "严重程度", "原文", "比值", "规则",
        ]
        var sheet = Worksheet(name: "大表", columns: columns)
        sheet.rows.reserveCapacity(Self.rowCount)
        for index in 0..<Self.rowCount {
            sheet.append(Self.row(index))
        }
        let counts = try OpenpyxlReader.readBack(OpenpyxlReader.counts,
                                                 writtenBy: Workbook(title: "大表", sheets: [sheet]).write)
        let read = try #require(counts.sheets.first)
        #expect(read.name == "大表")
        #expect(read.rows == Self.rowCount + 1)
        let last = Self.rowCount - 1
        #expect(read.last[0] == .string(Self.regions[last % Self.regions.count]))
        #expect(read.last[2] == .string("第\(last)号报告：严格规范公正文明执法"))
        #expect(read.last[5] == .int(last * 1_000))
        #expect(read.last[8] == .double(Double(last) * 1.5))
    }
}
