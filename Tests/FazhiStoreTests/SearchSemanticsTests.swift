import FazhiCore
import Foundation
import GRDB
import Testing
@testable import FazhiStore

/// What a query finds in the bigram index: exactly the paragraphs that contain it as a substring
/// (after folding traditional to simplified and ASCII case), whatever its length.
struct SearchSemanticsTests {
    static let lines = [
        "全年办理行政复议案件218件。",
        "复议",
        "受理A类事项3件。",
        "推进议案办理。",
        "加强行政應訴工作。",
    ]

    static func store() throws -> TemporaryStore {
        let t = try TemporaryStore()
        let text = "某区2023年法治政府建设情况报告\n" + lines.joined(separator: "\n") + "\n"
        _ = try t.store.save(try IncomingReport.analyze(bytes: Data(text.utf8), name: "t.txt", sourcePath: nil))
        return t
    }

    @Test(arguments: [
        ("复议", [0, 1]), ("議", [0, 1, 3]), ("议案", [0, 3]), ("复议案", [0]), ("行政复议案件218件", [0]),
        ("218件", [0]), ("A类", [2]), ("a类事", [2]), ("类事项3件", [2]), ("行政复议纠错", []),
        ("復議", [0, 1]), ("应诉", [4]), ("行政 办理", [0]), ("件", [0, 2]),
    ])
    func aQueryFindsExactlyTheParagraphsHoldingIt(_ query: String, _ expected: [Int]) throws {
        let t = try Self.store()
        defer { t.remove() }
        let hits = try t.store.search(SearchRequest(query: query, filter: ReportFilter(limit: 50)))
        let found = Set(hits.compactMap { hit in Self.lines.firstIndex(of: hit.paragraph) })
        #expect(found == Set(expected), "\(query)")
        #expect(hits.allSatisfy { !$0.highlights.isEmpty })
    }

    @Test func aVersionOneDatabaseIsMigratedAndItsParagraphsFoundAgain() throws {
        // A database as the first release left it: schema v1, unigram index, one report stored.
        let (name, data) = try TemporaryStore.sample("002")
        let (directory, path) = try TemporaryStore.oldDatabase(
            upTo: "v1: reports, paragraphs with full-text search, figures, findings",
            storing: [try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil)])
        defer { try? FileManager.default.removeItem(at: directory) }

        let store = try SQLiteStore(path: path)
        #expect(try store.count() == 1)
        #expect(!(try store.search(SearchRequest(query: "复议"))).isEmpty)
        #expect(!(try store.search(SearchRequest(query: "議"))).isEmpty)
    }
}
