@testable import FazhiCore
import Foundation
import Testing
import FazhiStore
import StoreKinds

/// What every store promises (``ReportStore``), run against SQLite and PostgreSQL alike: reports
/// go in whole and once, come back as stored, and are found, filtered and compared the same way.
/// Serialized: each case blocks a thread of Swift's small cooperative pool while it waits on its store.
@Suite(.serialized) struct StoreContractTests {
    static let samples = ["000", "001", "002", "003", "004"]

    static func incoming(_ prefix: String) throws -> IncomingReport {
        let (name, data) = try TemporaryStore.sample(prefix)
        return try IncomingReport.analyze(bytes: data, name: name, sourcePath: "samples/\(name)")
    }

    static func ingestSamples(_ store: any ReportStore) throws -> [Int64] {
        try samples.map { try store.save(try incoming($0)).id }
    }

    @Test(arguments: StoreKind.allCases)
    func reportsAreStoredWholeAndOnce(_ kind: StoreKind) throws {
        guard let t = try ContractStore.make(kind) else { return }
        defer { t.remove() }
        let ids = try Self.ingestSamples(t.store)
        #expect(Set(ids).count == 5)
        #expect(try t.store.count() == 5)
        let stored = try #require(try t.store.report(id: ids[2]))
        #expect(stored.summary.jurisdiction == "天津市武清区")
        #expect(stored.analysis.quantities.contains { $0.indicator == "reconsideration.corrected" && $0.value == 35 })
        #expect(stored.summary.errors == stored.analysis.findings.filter { $0.severity == .error }.count)
        #expect(stored.sourcePath?.hasPrefix("samples/") == true)
        #expect(try t.store.report(id: 999_999) == nil)
        // The same content again, as bytes and re-encoded: the stored id, nothing new.
        let (name, data) = try TemporaryStore.sample("000")
        #expect(try t.store.save(try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil)) == .duplicate(ids[0]))
        let gb = try #require(String(decoding: data, as: UTF8.self).data(using: TextEncoding.foundationGB18030))
        #expect(try t.store.save(try IncomingReport.analyze(bytes: gb, name: "gb.txt", sourcePath: nil)) == .duplicate(ids[0]))
        #expect(try t.store.count() == 5)
        #expect(try t.store.check() == [])
    }

    @Test(arguments: StoreKind.allCases)
    func aBatchStoresEachReportOnceEvenWhenItRepeats(_ kind: StoreKind) throws {
        guard let t = try ContractStore.make(kind) else { return }
        defer { t.remove() }
        let a = try Self.incoming("001"), b = try Self.incoming("003")
        let outcomes = try t.store.save(batch: [a, b, a])
        #expect(outcomes.filter { if case .stored = $0 { true } else { false } }.count == 2)
        #expect(outcomes[0].id == outcomes[2].id)
        #expect(outcomes[0].id != outcomes[1].id)
        #expect(try t.store.count() == 2)
        #expect(try t.store.save(batch: []) == [])
    }

    @Test(arguments: StoreKind.allCases)
    func searchFoldsScriptsMatchesTwoCharactersAndHighlights(_ kind: StoreKind) throws {
        guard let t = try ContractStore.make(kind) else { return }
        defer { t.remove() }
        _ = try Self.ingestSamples(t.store)
        for query in ["复议", "行政复议", "規範性文件", "法律顾问 履职", "调解"] {
            let hits = try t.store.search(SearchRequest(query: query))
            #expect(!hits.isEmpty, "no hits for \(query)")
            let terms = Set(ScriptNormalizer.shared.simplify(query).split(separator: " ").map(String.init))
            for hit in hits {
                let paragraph = Array(hit.paragraph.unicodeScalars)
                let marked = Set(hit.highlights.map { ScriptNormalizer.shared.simplify(String(String.UnicodeScalarView(paragraph[$0.start..<$0.end]))) })
                #expect(marked == terms, "\(query): marked \(marked)")
            }
            #expect(hits.map(\.rank) == hits.map(\.rank).sorted(by: >))
        }
        #expect(try t.store.search(SearchRequest(query: "復議")) == t.store.search(SearchRequest(query: "复议")))
        #expect(try t.store.search(SearchRequest(query: "复议纠错率零点")).isEmpty)
        #expect(try t.store.search(SearchRequest(query: "  ")).isEmpty)
        // Quotes and operators are text, not syntax: only the terms' letters count.
        #expect(try t.store.search(SearchRequest(query: "复议' | '普法")) == t.store.search(SearchRequest(query: "复议 普法")))
        #expect(try t.store.search(SearchRequest(query: "复议\\ & !普法:*")) == t.store.search(SearchRequest(query: "复议 普法")))
        let page = try t.store.search(SearchRequest(query: "复议", filter: ReportFilter(limit: 2)))
        #expect(page.count == 2)
        let tianjin = try t.store.search(SearchRequest(query: "复议", filter: ReportFilter(jurisdiction: "天津市")))
        #expect(!tianjin.isEmpty && tianjin.allSatisfy { $0.jurisdiction?.hasPrefix("天津市") == true })
    }

    @Test(arguments: StoreKind.allCases)
    func filtersAndCorpusQueries(_ kind: StoreKind) throws {
        guard let t = try ContractStore.make(kind) else { return }
        defer { t.remove() }
        let ids = try Self.ingestSamples(t.store)
        let all = try t.store.reports(ReportFilter())
        #expect(Set(all.map(\.id)) == Set(ids))
        let year = try #require(all.compactMap(\.reportYear).first)
        #expect(try t.store.reports(ReportFilter(year: year)).allSatisfy { $0.reportYear == year })
        #expect(try t.store.reports(ReportFilter(jurisdiction: "天津市")).allSatisfy { $0.jurisdiction?.contains("天津市") == true })
        #expect(try t.store.reports(ReportFilter(jurisdiction: "100%_")).isEmpty)
        #expect(try t.store.reports(ReportFilter(hasFinding: .error)).allSatisfy { $0.errors > 0 })
        #expect(try t.store.reports(ReportFilter(limit: 2, offset: 1)) == Array(all.dropFirst().prefix(2)))
        // A filter's count is of all its reports, whatever page the filter asks for.
        for filter in [ReportFilter(), ReportFilter(year: year), ReportFilter(jurisdiction: "天津市"), ReportFilter(hasFinding: .error),
                       ReportFilter(jurisdiction: "100%_")] {
            var everything = filter
            everything.limit = 1000
            everything.offset = 0
            var onePage = filter
            onePage.limit = 1
            onePage.offset = 3
            #expect(try t.store.count(onePage) == t.store.reports(everything).count)
        }
        #expect(try t.store.count(ReportFilter(jurisdiction: "天津市")) < t.store.count())
        let findings = try t.store.findings(ReportFilter())
        let rule = try #require(findings.first?.rule)
        #expect(try t.store.findings(ReportFilter(), rule: rule).allSatisfy { $0.rule == rule })
        #expect(Set(try t.store.reports(ReportFilter(rule: rule)).map(\.id)) == Set(findings.filter { $0.rule == rule }.map(\.reportID)))
        let values = try t.store.indicatorValues(ReportFilter())
        #expect(values.contains { $0.indicator == "reconsideration.corrected" && $0.value == 35 })
        #expect(try t.store.indicatorValues(ReportFilter(), indicators: ["reconsideration.corrected"]).allSatisfy { $0.indicator == "reconsideration.corrected" })
        #expect(try t.store.copiedShortcomings(ReportFilter()).allSatisfy { $0.containment >= 0 && $0.a.id != $0.b.id })
        var seen: [Int64] = []
        var after: Int64 = 0
        while let last = try t.store.originals(after: after, limit: 2).last {
            seen.append(contentsOf: try t.store.originals(after: after, limit: 2).map(\.id))
            after = last.id
        }
        #expect(seen == ids.sorted())
    }

    @Test(arguments: StoreKind.allCases)
    func replacingAnAnalysisKeepsTheReport(_ kind: StoreKind) throws {
        guard let t = try ContractStore.make(kind) else { return }
        defer { t.remove() }
        let ids = try Self.ingestSamples(t.store)
        let before = try t.store.search(SearchRequest(query: "复议"))
        try t.store.replaceAnalysis(try Self.incoming("002"), id: ids[2])
        #expect(try t.store.count() == 5)
        #expect(try t.store.report(id: ids[2])?.summary.jurisdiction == "天津市武清区")
        #expect(Set(try t.store.search(SearchRequest(query: "复议")).map(\.paragraph)) == Set(before.map(\.paragraph)))
        #expect(try t.store.check() == [])
    }

    @Test(arguments: StoreKind.allCases)
    func deletingAReportTakesItsRowsAndLeavesTheRest(_ kind: StoreKind) throws {
        guard let t = try ContractStore.make(kind) else { return }
        defer { t.remove() }
        let ids = try Self.ingestSamples(t.store)
        let hitsBefore = try t.store.search(SearchRequest(query: "复议"))
        #expect(hitsBefore.contains { $0.reportID == ids[2] })
        #expect(try t.store.delete(id: ids[2]))
        #expect(try t.store.delete(id: ids[2]) == false)
        #expect(try t.store.report(id: ids[2]) == nil)
        #expect(try t.store.count() == 4)
        let hitsAfter = try t.store.search(SearchRequest(query: "复议"))
        #expect(!hitsAfter.contains { $0.reportID == ids[2] })
        #expect(hitsAfter.count == hitsBefore.filter { $0.reportID != ids[2] }.count)
        #expect(try t.store.indicatorValues(ReportFilter()).allSatisfy { $0.reportID != ids[2] })
        #expect(try t.store.check() == [])
        // Stored again after its deletion, the same content is a new report, not a duplicate.
        #expect(try t.store.save(try Self.incoming("002")).id != ids[2])
    }

    /// The two stores, given the same reports in the same order, answer every query identically.
    @Test func sqliteAndPostgresAnswerAlike() throws {
        guard let pg = try ContractStore.make(.postgres) else { return }
        defer { pg.remove() }
        let lite = try #require(try ContractStore.make(.sqlite))
        defer { lite.remove() }
        let reports = try Self.samples.map(Self.incoming)
        #expect(try lite.store.save(batch: reports) == pg.store.save(batch: reports))
        for query in ["复议", "复", "規範性文件 备案", "法律顾问 履职", "12345", "普法", "依法行政 考核"] {
            #expect(try lite.store.search(SearchRequest(query: query)) == pg.store.search(SearchRequest(query: query)), "\(query)")
        }
        let filters = [ReportFilter(), ReportFilter(jurisdiction: "天津市"), ReportFilter(hasFinding: .warning), ReportFilter(limit: 3, offset: 1)]
        for f in filters {
            #expect(try lite.store.reports(f) == pg.store.reports(f))
            #expect(try lite.store.findings(f) == pg.store.findings(f))
            #expect(try lite.store.indicatorValues(f) == pg.store.indicatorValues(f))
            #expect(try lite.store.copiedShortcomings(f) == pg.store.copiedShortcomings(f))
        }
        let id = try #require(try lite.store.reports(ReportFilter()).first?.id)
        let a = try #require(try lite.store.report(id: id)), b = try #require(try pg.store.report(id: id))
        #expect(a.summary == b.summary && a.text == b.text && a.analysis == b.analysis && a.format == b.format)
    }
}
