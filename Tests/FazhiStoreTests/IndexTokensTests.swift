import Foundation
import Testing
@testable import FazhiStore

/// The distinct tokens of a paragraph in byte order, as a PostgreSQL tsvector holds them.
struct IndexTokensTests {
    /// The same tokens sorted the slow, obvious way: as byte arrays, repeats removed.
    static func expected(_ text: String) -> [[UInt8]] {
        let all = IndexTokens.scan(text, query: false).map { Array($0.text.utf8) }
        return Array(Set(all)).sorted { $0.lexicographicallyPrecedes($1) }
    }

    static func actual(_ text: String) -> [[UInt8]] {
        var tokens: [[UInt8]] = []
        IndexTokens.forEachDistinctSorted(text) { tokens.append(Array($0)) }
        return tokens
    }

    @Test(arguments: [
        "行政复议案件 行政复议 复议",
        // ASCII words longer than eight bytes that share their first eight, and shorter ones that begin them
        "administrative administration admin administrat adm 2023 20231 202 administ administr administrative",
        // astral characters (four bytes each, a bigram of eight) beside common ones
        "𠀀𠀁𠀀 𠀀中 中𠀀 法治法治法治",
        "",
        "a",
    ])
    func distinctAndInByteOrder(text: String) {
        #expect(Self.actual(text) == Self.expected(text))
    }

    @Test func aRealParagraphHasNoRepeats() throws {
        let (_, data) = try TemporaryStore.sample("000")
        let text = String(decoding: data, as: UTF8.self)
        let tokens = Self.actual(text)
        #expect(tokens.count > 500)
        #expect(tokens == Self.expected(text))
    }
}
