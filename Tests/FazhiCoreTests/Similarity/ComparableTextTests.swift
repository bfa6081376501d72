import Testing
@testable import FazhiCore

/// The comparable text keeps Han characters and digits and knows where each stands.
struct ComparableTextTests {
    @Test func keepsHanCharactersAndDigitsWithTheirOffsets() {
        let text = ComparableText(text: "一、2020 年,依法行政(ABC)。")
        #expect(String(scalars: text.units) == "一2020年依法行政")
        #expect(text.starts.prefix(3) == [0, 2, 3])
        #expect(text.originalRange(5..<9) == TextRange(start: 7, end: 12))  // 年,依法行
    }

    @Test func fullWidthDigitsReadAsASCII() {
        let text = ComparableText(text: "２０２３年")
        #expect(String(scalars: text.units) == "2023年")
    }

    @Test func traditionalTextIsComparedInSimplifiedScript() {
        let text = ComparableText(text: "推進依法行政,嚴格規範公正文明執法。")
        #expect(String(scalars: text.units) == "推进依法行政严格规范公正文明执法")
        #expect(text.originalRange(6..<16) == TextRange(start: 7, end: 17))
    }

    @Test func unitsOfARangeAreThoseStartingInside() {
        let text = ComparableText(text: "一、甲乙。二、丙丁")
        #expect(text.units(in: TextRange(start: 5, end: 9)) == 3..<6)
    }

    @Test func eachUnitBelongsToTheInnermostPart() {
        let text = ComparableText(text: String(repeating: "法", count: 20))
        let parts = [
            Part(kind: .measures, heading: "一、", range: TextRange(start: 0, end: 20)),
            Part(kind: .leadership, heading: "(三)", range: TextRange(start: 5, end: 10)),
        ]
        let segments = ComparableReport.segments(of: parts, in: text)
        #expect(segments[.measures] == [0..<5, 10..<20])
        #expect(segments[.leadership] == [5..<10])
    }
}
