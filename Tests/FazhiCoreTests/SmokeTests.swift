import Testing
@testable import FazhiCore

struct ScriptNormalizerTests {
    @Test func traditionalTextIsConvertedKeepingPositions() {
        let input = Array("懷柔區嚴格落實重大行政決策程式,政府資訊公開".unicodeScalars)
        let result = ScriptNormalizer.shared.normalize(input)
        #expect(result.script == .traditional)
        #expect(result.simplified.count == input.count)
        #expect(String(String.UnicodeScalarView(result.simplified)) == "怀柔区严格落实重大行政决策程序,政府信息公开")
    }
}
