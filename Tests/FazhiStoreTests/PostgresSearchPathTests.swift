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

    @Test func manyMatchesSpreadThinAreFoundNewestFirst() {
        let statistics = TokenStatistics(frequencies: ["依法": 0.08, "法行": 0.07, "行政": 0.4, "考核": 0.07, "法律": 0.3, "律顾": 0.03, "顾问": 0.03, "履职": 0.036],
                                         rows: 3_600_000)
        // 依法行政 考核: 0.0049 of the paragraphs, 17,640 matches; the newest 153,062 hold ~750, in 11 buckets.
        #expect(statistics.path([[("依法", false), ("法行", false), ("行政", false)], [("考核", false)]], candidates: 500) == .recentFirst(window: 153_062))
        // 法律顾问 履职: 3,888 matches expected, fewer than reading 44 buckets costs.
        #expect(statistics.path([[("法律", false), ("律顾", false), ("顾问", false)], [("履职", false)]], candidates: 500) == .planner)
        // Common enough to walk; rare enough for the index alone; a table of 360,000 paragraphs.
        #expect(statistics.path([[("行政", false)]], candidates: 500) == .walk)
        #expect(statistics.path([[("行政", false), ("纠错", false)]], candidates: 500) == .planner)
        #expect(TokenStatistics(frequencies: statistics.frequencies, rows: 360_000)
            .path([[("依法", false), ("法行", false), ("行政", false)], [("考核", false)]], candidates: 500) == .planner)
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

        #expect(try Self.everyPathFindsTheSameHits(store) > 50)
        #expect(try store.check() == [])
    }

    /// Every way of finding candidates gives the walk's hits, for queries, filters and pages, with
    /// the usual 500 candidates and with 12 (so that the newest window alone can fill them);
    /// how many hits there were.
    static func everyPathFindsTheSameHits(_ store: PostgresStore) throws -> Int {
        let filters = [ReportFilter(limit: 40), ReportFilter(limit: 5, offset: 3), ReportFilter(year: 2023, limit: 40)]
        let paths: [CandidatePath] = [.planner, .recentFirst(window: 1), .recentFirst(window: 40), .recentFirst(window: 100), .recentFirst(window: 1_000_000)]
        var found = 0
        for query in ["复议", "行政复议", "法治 政府", "議", "依法行政 考核", "ab 中文", "行政复议纠错"] {
            for filter in filters {
                let request = SearchRequest(query: query, filter: filter)
                let terms = SearchTerms(query)
                for ranked in [500, 12] {
                    let walked = try store.search(request, terms: terms, path: .walk, ranked: ranked)
                    for path in paths {
                        #expect(walked == (try store.search(request, terms: terms, path: path, ranked: ranked)), "\(query) \(path) \(ranked)")
                    }
                    if ranked == 500 {
                        #expect(walked == (try store.search(request)), "\(query)")
                        found += walked.count
                    }
                }
            }
        }
        return found
    }

    /// A database migrated to schema 5 holds paragraphs without recency buckets: the buckets are
    /// trusted only from `bucketedFrom` on, and every path still finds the same hits.
    @Test func paragraphsStoredBeforeTheBucketsAreFoundToo() throws {
        guard let t = try PostgresTestStore.make(samples: ["000", "001", "002", "003", "004"]) else { return }
        defer { t.remove() }
        let store = t.store
        let middle = try store.rows("SELECT (min(id) + max(id)) / 2 FROM paragraph")[0][0].decode(Int64.self)
        // As if the older half had been stored before migration 5.
        _ = try store.rows("UPDATE paragraph SET tokens = ts_delete(tokens, ARRAY['#r' || (id >> 14)]) WHERE id < ?", [.int(Int(middle))])
        _ = try store.rows("UPDATE paragraph_recency SET bucketedFrom = ?", [.int(Int(middle))])
        #expect(try store.check() == [])
        #expect(try Self.everyPathFindsTheSameHits(store) > 50)
        // A paragraph after that without its bucket is a problem `db check` names.
        _ = try store.rows("UPDATE paragraph SET tokens = ts_delete(tokens, ARRAY['#r' || (id >> 14)]) WHERE id = ?", [.int(Int(middle + 1))])
        #expect(try store.check() == ["1 paragraph(s) whose search tokens lack their recency bucket"])
    }
}
#endif
