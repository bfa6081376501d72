import FazhiCore
@testable import FazhiStore
import Foundation
import Testing

@testable import FazhiServer

/// The search API's JSON, written by hand, is what `JSONEncoder` wrote: the same keys and values,
/// absent values left out, text escaped.
struct SearchJSONTests {
    static func hit(_ paragraph: String, title: String?, year: Int?, part: String?, rank: Double) -> SearchHit {
        SearchHit(reportID: 42, title: title, jurisdiction: title == nil ? nil : "某市", reportYear: year, part: part,
                  areas: part == nil ? [] : ["A1", "A7"], paragraph: paragraph, range: TextRange(start: 10, end: 10 + paragraph.count),
                  highlights: [TextRange(start: 0, end: 2), TextRange(start: 5, end: 7)], rank: rank)
    }

    @Test func theHandWrittenJSONIsWhatJSONEncoderWrote() throws {
        let result = APISearchResult(query: "復議 \"纠错\"", hits: [
            Self.hit("行政复议<script>alert(1)</script>\n第二行\t\"引号\" \\ 𠮷", title: "某市2023年法治政府建设年度报告", year: 2023, part: "主要举措", rank: 0.000123456789),
            Self.hit("复议", title: nil, year: nil, part: nil, rank: 2),
            Self.hit("\u{1}控制字符", title: "报告", year: 2024, part: "", rank: 1.5e-20),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try JSONSerialization.jsonObject(with: try encoder.encode(result)) as? NSDictionary
        let written = Data(result.json())
        let got = try JSONSerialization.jsonObject(with: written) as? NSDictionary
        #expect(got != nil)
        #expect(got == expected)
        // Keys sorted as JSONEncoder sorted them, absent ones left out.
        let text = try #require(String(data: written, encoding: .utf8))
        #expect(text.hasPrefix("{\"hits\":[{\"areas\":[\"A1\",\"A7\"],\"highlights\":"))
        #expect(!text.contains("null"))
        #expect(APISearchResult(query: "无", hits: []).json() == Array("{\"hits\":[],\"query\":\"无\"}".utf8))
    }
}
