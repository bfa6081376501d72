import Testing
@testable import FazhiCore

/// The script of a report is detected without being fooled by a stray variant character.
struct ScriptDetectionTests {
    @Test func traditionalOnlyTableHoldsTraditionalAndNoSimplifiedCharacters() {
        let table = TraditionalCharacters.set
        #expect(table.count > 2000)
        for c in "這們區會發與對關國懷".unicodeScalars { #expect(table.contains(c.value), "\(c)") }
        for c in "这们区会发与对关国怀法治政府".unicodeScalars { #expect(!table.contains(c.value), "\(c)") }
    }

    @Test(arguments: ["000", "001", "002", "003"])
    func simplifiedSamplesAreSimplified(prefix: String) throws {
        #expect(ScriptNormalizer.shared.detect(Array(try Fixture.sample(prefix).unicodeScalars)) == .simplified)
    }

    @Test func traditionalSampleIsTraditional() throws {
        #expect(ScriptNormalizer.shared.detect(Array(try Fixture.sample("004").unicodeScalars)) == .traditional)
    }

    @Test func simplifiedTextWithATraditionalQuotationStaysSimplified() {
        let text = """
            2023年,我区认真落实《法治政府建设实施纲要(2021-2025年)》,深入推进依法行政,加快建设法治政府。\
            全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,规范行政执法行为。\
            在两岸法治交流活动中,介绍了台湾地区有关规定中的“資訊公開”一词与我区政务公开工作的异同,\
            进一步完善政府信息主动公开目录,推进决策、执行、管理、服务、结果公开。
            """
        #expect(ScriptNormalizer.shared.detect(Array(text.unicodeScalars)) == .simplified)
    }
}
