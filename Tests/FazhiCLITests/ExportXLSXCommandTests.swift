import Foundation
import Testing
import XLSXReadBack

/// `fazhi export --format xlsx` on a corpus of the samples, read back with openpyxl.
struct ExportXLSXCommandTests {
    @Test func exportWritesOneTypedSheetPerTable() throws {
        let book = try CLI.withSampleCorpus { db, dir in
            let file = dir.appendingPathComponent("导出.xlsx")
            let export = try CLI.run(["export", "--db", db, "--format", "xlsx", "--out", file.path],
                                     environment: ["SOURCE_DATE_EPOCH": "1700000000"])
            #expect(export.status == 0, "\(export.stderr)")
            #expect(export.stderr.contains("5 报告"))
            return try OpenpyxlReader.read(file)
        }

        #expect(book.sheets.map(\.name) == ["报告", "指标", "发现"])
        #expect(book.title == "法治政府建设年度报告分析")
        #expect(book.created == "2023-11-14T22:13:20", "dated SOURCE_DATE_EPOCH, for reproducible files")
        for sheet in book.sheets {
            #expect(sheet.freezePanes == "A2", "\(sheet.name)")
            #expect(sheet.headerBold.allSatisfy { $0 } && !sheet.headerBold.isEmpty, "\(sheet.name)")
        }
        let reports = book.sheets[0]
        #expect(reports.rows.count == 6)
        #expect(reports.rows[0].map(\.value) == ["编号", "辖区", "层级", "报告年度", "标题", "报告单位", "发布日期",
                                                "文字", "错误", "警告", "提示", "文件"].map { .string($0) })
        #expect(reports.rows.dropFirst().allSatisfy { $0[3].type == "int" }, "报告年度 is a number")

        let indicators = book.sheets[1]
        let header = indicators.rows[0].map(\.value)
        let indicator = try #require(header.firstIndex(of: .string("指标")))
        let value = try #require(header.firstIndex(of: .string("数值")))
        let legalAid = try #require(indicators.rows.first { $0[indicator].value == .string("legal_aid.cases") })
        #expect(legalAid[value].type == "int" && legalAid[value].value == .int(469))
        let rate = try #require(indicators.rows.first { $0[value].type == "float" }, "some value has decimals")
        #expect(rate[value].format == "0.00")

        let findings = book.sheets[2]
        #expect(findings.rows.contains { $0.contains { $0.value == .string("consistency.rate") } })
    }
}
