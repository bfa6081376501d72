import FazhiCore
import Foundation
import GRDB
import Testing
@testable import FazhiStore

/// The portal's faster read paths give what the plain ones give: a search counts terms on the
/// stored UTF-8 as the highlighter finds them, and a report read for its page lacks only the
/// framework's per-paragraph tags.
struct ReadPathTests {
    @Test(arguments: [
        ("行政复议", "全年办理行政复议案件218件,行政复议纠错率5%。"),
        ("复复", "复复复复复"),
        ("a类 3件", "受理A类事项3件,a类事项3件。"),
        ("𠮷野 家", "𠮷野家与𠮷野家的家"),
        ("議案", "推进议案办理,议案议案。"),
        ("纠错", "没有"),
        ("复议", ""),
        ("议议", "议议议议议,会议议题"),
        ("ab 中文", "xxABxabxxxxxxxxxxab中文aB,中文中文"),
        ("3件", "受理事项3件、13件、333件,共3件。"),
    ])
    func termCountsOnUTF8AgreeWithTheHighlighter(_ query: String, _ text: String) {
        let terms = SearchTerms(query)
        let scalars = text.scalarArray
        let matches = terms.highlights(in: scalars)
        let expected = terms.terms.indices.map { t in matches.filter { $0.term == t }.count }
        #expect(terms.counts(inUTF8: Data(text.utf8)) == expected, "\(query) in \(text)")
    }

    @Test func aReportReadForItsPageLacksOnlyTheFrameworkParagraphs() throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        let (name, data) = try TemporaryStore.sample("002")
        let id = try t.store.save(try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil)).id
        let full = try #require(try t.store.report(id: id))
        let reading = try #require(try t.store.report(id: id, detail: .reading))
        #expect(!(full.analysis.framework?.paragraphs.isEmpty ?? true))
        #expect(reading.analysis.framework?.paragraphs.isEmpty == true)
        var expected = full.analysis
        expected.framework?.paragraphs = []
        #expect(reading.analysis == expected)
        #expect(reading.summary == full.summary)
        #expect(reading.text == full.text && reading.format == full.format && reading.encoding == full.encoding)
        #expect(reading.ingestedAt == full.ingestedAt && reading.analyzerVersion == full.analyzerVersion)
        #expect(try t.store.report(id: id + 1, detail: .reading) == nil)
    }

    /// The search's hits, in order and with their ranks, are those of the plain way: every
    /// paragraph holding all terms (newest first) found with the code-point highlighter, ranked
    /// by BM25 over them (a paragraph's length: its range in the report's text).
    @Test(arguments: ["复议", "行政复议", "法治 政府", "議", "行政執法", "依法行政 考核"])
    func searchRanksAsTheHighlighterWould(_ query: String) throws {
        let t = try TemporaryStore()
        defer { t.remove() }
        for prefix in ["000", "001", "002", "003", "004"] {
            let (name, data) = try TemporaryStore.sample(prefix)
            _ = try t.store.save(try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil))
        }
        let terms = SearchTerms(query)
        let rows = try t.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT reportId, start, end, normalized FROM paragraph ORDER BY id DESC")
        }
        var kept: [(id: [Int64], counts: [Int], length: Int)] = []
        for row in rows {
            let text = (row["normalized"] as String).scalarArray
            let found = terms.highlights(in: text)
            let counts = terms.terms.indices.map { i in found.filter { $0.term == i }.count }
            guard !counts.contains(0) else { continue }
            kept.append(([row["reportId"], row["start"], row["end"]], counts, row["end"] - row["start"]))
        }
        let scores = SearchRanking.bm25(frequencies: kept.map(\.counts), lengths: kept.map(\.length))
        let order = kept.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        let hits = try t.store.search(SearchRequest(query: query, filter: ReportFilter(limit: 40)))
        #expect(!hits.isEmpty, "\(query)")
        #expect(hits.map { [$0.reportID, Int64($0.range.start), Int64($0.range.end)] } == order.prefix(40).map { kept[$0].id })
        #expect(hits.map(\.rank) == order.prefix(40).map { scores[$0] })
    }
}
