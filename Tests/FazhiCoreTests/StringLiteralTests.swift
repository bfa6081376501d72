import Testing
@testable import FazhiCore

/// Literal replacement and search without Foundation's Unicode folding.
struct StringLiteralTests {
    @Test func replacesEveryOccurrenceByteForByte() {
        #expect("{part}缺失：{part}".replacingLiteral("{part}", with: "存在的不足") == "存在的不足缺失：存在的不足")
        #expect("无占位".replacingLiteral("{part}", with: "x") == "无占位")
        #expect("".replacingLiteral("{a}", with: "x") == "")
        #expect("{a}".replacingLiteral("", with: "x") == "{a}")
        // No Unicode folding: a full-width brace is not a brace.
        #expect("｛part｝".replacingLiteral("{part}", with: "x") == "｛part｝")
    }

    @Test func findsALiteral() {
        #expect("针对上一年度督察反馈问题".containsLiteral("上一年度"))
        #expect(!"针对上一年督察".containsLiteral("上一年度"))
        #expect("2023年".containsLiteral("2023年"))
        #expect(!"年".containsLiteral("2023年"))
        #expect("abc".containsLiteral(""))
    }
}
