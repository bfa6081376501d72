@testable import FazhiCore
import Foundation
import Testing
@testable import FazhiStore

/// The embedded store on a real SQLite file: reports go in whole, once, and come back searchable.
struct SQLiteStoreTests {
    static let samples = ["000", "001", "002", "003", "004"]

    func ingestSamples(_ store: SQLiteStore) throws -> [Int64] {
        try Self.samples.map { prefix in
            let (name, data) = try TemporaryStore.sample(prefix)
            return try store.save(try IncomingReport.analyze(bytes: data, name: name, sourcePath: "samples/\(name)")).id
        }
    }

    @Test func reportsAreStoredWithTheirAnalysis() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let ids = try ingestSamples(t.store)
        #expect(try t.store.count() == 5)
        let stored = try #require(try t.store.report(id: ids[2]))
        #expect(stored.summary.jurisdiction == "天津市武清区")
        #expect(stored.analysis.findings.contains { $0.rule == "consistency.rate" })
        #expect(stored.analysis.quantities.contains { $0.indicator == "reconsideration.corrected" && $0.value == 35 })
        #expect(stored.summary.errors == 1)
    }

    @Test func theSameContentIsStoredOnceWhateverItsBytesOrScript() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let (name, data) = try TemporaryStore.sample("000")
        let first = try t.store.save(try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil))
        #expect(first == .stored(first.id))
        // Same bytes again.
        #expect(try t.store.save(try IncomingReport.analyze(bytes: data, name: "copy.txt", sourcePath: nil)) == .duplicate(first.id))
        // Re-encoded as GB18030.
        let text = String(decoding: data, as: UTF8.self)
        let gb = try #require(text.data(using: TextEncoding.foundationGB18030))
        #expect(try t.store.save(try IncomingReport.analyze(bytes: gb, name: "gb.txt", sourcePath: nil)) == .duplicate(first.id))
        // Its traditional-script mirror (OpenCC s2t).
        let traditional = try OpenCCConverter(config: "s2t").convert(text)
        #expect(traditional != text)
        #expect(try t.store.save(try IncomingReport.analyze(bytes: Data(traditional.utf8), name: "trad.txt", sourcePath: nil))
                == .duplicate(first.id))
        #expect(try t.store.count() == 1)
    }

    @Test(arguments: ["复议", "行政复议", "復議", "行政復議", "规范性文件", "調解", "法律顾问 履职"])
    func searchFindsTermsInEitherScript(_ query: String) throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        _ = try ingestSamples(t.store)
        let hits = try t.store.search(SearchRequest(query: query))
        #expect(!hits.isEmpty)
        let folded = ScriptNormalizer.shared.simplify(query).split(separator: " ").map(String.init)
        for hit in hits {
            // Each hit's highlights cover the terms in the paragraph's own script.
            #expect(!hit.highlights.isEmpty)
            let paragraph = Array(hit.paragraph.unicodeScalars)
            for h in hit.highlights {
                let marked = ScriptNormalizer.shared.simplify(String(String.UnicodeScalarView(paragraph[h.asRange])))
                #expect(folded.contains(marked))
            }
        }
    }

    @Test func aSimplifiedQueryFindsTheTraditionalReport() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let ids = try ingestSamples(t.store)
        let hits = try t.store.search(SearchRequest(query: "怀柔"))
        #expect(hits.contains { $0.reportID == ids[4] && $0.paragraph.contains("懷柔") })
    }

    @Test func hitsCarryTheirPartAndFrameworkAreas() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        _ = try ingestSamples(t.store)
        let hits = try t.store.search(SearchRequest(query: "行政复议", filter: ReportFilter(limit: 100)))
        let measures = hits.filter { $0.part == "measures" }
        #expect(!measures.isEmpty)
        // A measure paragraph about 行政复议 is tagged with the disputes or oversight area.
        #expect(measures.contains { $0.areas.contains("disputes") || $0.areas.contains("oversight") })
        // The plan for next year is not tagged (the tagger reads what was done).
        #expect(hits.filter { $0.part == "plan" }.allSatisfy { $0.areas.isEmpty })
    }

    @Test func searchAndListingTakeFilters() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let ids = try ingestSamples(t.store)
        let in2023 = try t.store.search(SearchRequest(query: "复议", filter: ReportFilter(year: 2023)))
        #expect(!in2023.isEmpty && in2023.allSatisfy { $0.reportID == ids[2] })
        #expect(try t.store.reports(ReportFilter(jurisdiction: "北京市")).count == 3)
        #expect(try t.store.reports(ReportFilter(level: .township)).map(\.id) == [ids[3]])
        #expect(try t.store.reports(ReportFilter(rule: "parts.missing")).map(\.id) == [ids[1]])
        #expect(try t.store.reports(ReportFilter(hasFinding: .error)).count == 2)
        // Operators in a query are text, not FTS5 syntax.
        #expect(try t.store.search(SearchRequest(query: "复议\" OR \"*")).allSatisfy { !$0.highlights.isEmpty })
    }

    @Test func reanalysisReplacesTheAnalysisAndKeepsTheReport() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let ids = try ingestSamples(t.store)
        let original = try #require(try t.store.originals(after: 0, limit: 10).first)
        #expect(original.id == ids[0])
        let again = try IncomingReport.analyze(bytes: original.bytes, name: original.name, sourcePath: original.sourcePath)
        try t.store.replaceAnalysis(again, id: original.id)
        #expect(try t.store.count() == 5)
        #expect(try t.store.report(id: ids[0])?.summary.title == "北京市门头沟区人民政府2020年法治政府建设年度情况报告")
        #expect(try t.store.search(SearchRequest(query: "门头沟")).contains { $0.reportID == ids[0] })
    }
}
