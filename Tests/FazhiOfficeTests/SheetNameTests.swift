import Testing
@testable import FazhiOffice

struct SheetNameTests {
    @Test(arguments: [
        ("年度报告[2023]", "年度报告_2023_"),
        ("a:b*c?d/e\\f", "a_b_c_d_e_f"),
        ("'引号'", "引号"),
        ("  前后空白\n ", "前后空白"),
        ("", "工作表1"),
        ("'''", "工作表1"),
        ("控制\u{01}字符", "控制字符"),
        (String(repeating: "法", count: 40), String(repeating: "法", count: 31)),
    ])
    func namesAreMadeValid(requested: String, expected: String) {
        #expect(SheetName.resolve([requested]) == [expected])
    }

    @Test func repeatedNamesGetNumberedIgnoringCase() {
        #expect(SheetName.resolve(["报告", "报告", "Report", "report", "报告"])
            == ["报告", "报告 (2)", "Report", "report (2)", "报告 (3)"])
    }

    @Test func numberedNamesStayWithinThirtyOneUnits() {
        let long = String(repeating: "指", count: 40)
        let names = SheetName.resolve([long, long])
        #expect(names[1] == String(repeating: "指", count: 27) + " (2)")
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
    }

    @Test func reservedHistoryIsRenamed() {
        #expect(SheetName.resolve(["History"]) == ["History (2)"])
    }

    @Test func truncationKeepsSurrogatePairsWhole() {
        let name = String(repeating: "a", count: 30) + "😀"
        #expect(SheetName.resolve([name]) == [String(repeating: "a", count: 30)])
    }
}
