#if Postgres
import FazhiCore
import Foundation
import StoreKinds
import Testing
@testable import FazhiPostgres
@testable import FazhiStore

/// How a PostgreSQL search chooses to find its candidates, from the tokens' statistics.
struct TokenStatisticsTests {
    let statistics = TokenStatistics(frequencies: ["行政": 0.4, "政复": 0.05, "复议": 0.06, "复核": 0.01], rows: 3_600_000)

    @Test func theRarestTokenBoundsTheShare() {
        #expect(statistics.rarest([("行政", false), ("政复", false), ("复议", false)]) == 0.05)
        // Not listed: rare.
        #expect(statistics.rarest([("纠错", false), ("行政", false)]) == 0)
        // A lone character: every listed token it begins.
        #expect(abs(statistics.rarest([("复", true)]) - 0.07) < 1e-9)
        #expect(statistics.rarest([("某", true)]) == 0)
    }

    @Test func commonTermsWalkAndRareOnesAreLeftToThePlanner() {
        // 行政复议: 10,000 paragraphs walked for 500 candidates, against 540,000 index matches.
        #expect(statistics.walks([[("行政", false), ("政复", false), ("复议", false)]], candidates: 500))
        // A token not listed: left to the planner, however common its term's other tokens.
        #expect(!statistics.walks([[("纠错", false)]], candidates: 500))
        #expect(!statistics.walks([[("行政", false), ("政复", false), ("复议", false), ("议纠", false), ("纠错", false)]], candidates: 500))
        // Two common words together: 0.05 × 0.01 of the paragraphs, 1,000,000 walked against 5,400.
        #expect(abs(statistics.share([[("政复", false), ("复议", false)], [("复核", false)]]) - 0.0005) < 1e-12)
        #expect(!statistics.walks([[("政复", false), ("复议", false)], [("复核", false)]], candidates: 500))
        #expect(statistics.walks([[("行政", false)], [("复议", false)]], candidates: 500))
        // A small table: the walk would read it all.
        let small = TokenStatistics(frequencies: ["行政": 0.4], rows: 200)
        #expect(!small.walks([[("行政", false)]], candidates: 500))
        // A table never analyzed.
        #expect(!TokenStatistics(frequencies: [:], rows: -1).walks([[("行政", false)]], candidates: 500))
    }
}

/// Walking the paragraphs and the planner's way find the same candidates, so the same hits.
struct PostgresSearchPathTests {
    @Test func walkingAndThePlannersWayFindTheSameHits() throws {
        guard let t = try PostgresTestStore.make(samples: ["000", "001", "002", "003", "004"]) else { return }  // no server here
        defer { t.remove() }
        let store = t.store
        // The load of all five analyzes the paragraphs (one of five would not).
        #expect(try store.settleAfterBulkLoad(stored: 1) == nil)
        #expect(try store.settleAfterBulkLoad(stored: 5) == "paragraphs analyzed")
        let statistics = try #require(try store.readTokenStatistics())
        #expect(statistics.rows > 100 && !statistics.frequencies.isEmpty)
        #expect(statistics.frequencies.values.allSatisfy { $0 > 0 && $0 <= 1 })

        let filters = [ReportFilter(limit: 40), ReportFilter(limit: 5, offset: 3), ReportFilter(year: 2023, limit: 40)]
        var found = 0
        for query in ["复议", "行政复议", "法治 政府", "議", "依法行政 考核", "ab 中文", "行政复议纠错"] {
            for filter in filters {
                let request = SearchRequest(query: query, filter: filter)
                let terms = SearchTerms(query)
                let walked = try store.search(request, terms: terms, path: .walk)
                #expect(walked == (try store.search(request, terms: terms, path: .planner)), "\(query)")
                #expect(walked == (try store.search(request)), "\(query)")
                found += walked.count
            }
        }
        #expect(found > 50)
    }
}
#endif
