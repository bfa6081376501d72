#if Postgres
import FazhiCore
import Foundation
import StoreKinds
import Testing
@testable import FazhiPostgres
@testable import FazhiStore

/// The search tokens PostgreSQL stores, sent as binary tsvectors (``TSVectorBinary``), are the
/// tsvectors the server builds itself from the same tokens and the paragraph's recency bucket.
struct PostgresTokensTests {
    @Test func binaryTSVectorsAreWhatTheServerBuilds() throws {
        guard let t = try PostgresTestStore.make(samples: ["000", "001", "002", "003", "004"]) else { return }  // no server here
        defer { t.remove() }
        let store = t.store
        var ids: [SQLValue] = []
        var spaced: [SQLValue] = []
        for row in try store.rows("SELECT id, normalized FROM paragraph") {
            ids.append(.int(Int(try row[0].decode(Int64.self))))
            spaced.append(.text(IndexTokens.scan(try row[1].decode(String.self), query: false).map(\.text).joined(separator: " ")))
        }
        #expect(ids.count > 100)
        let compared = try store.rows("""
            SELECT count(*), count(*) FILTER (WHERE p.tokens = array_to_tsvector(ARRAY['#r' || (p.id >> 14)] || string_to_array(u.spaced, ' ')))
            FROM unnest(?::int8[], ?::text[]) AS u(id, spaced) JOIN paragraph p ON p.id = u.id
            """, [.column(ColumnArray(kind: .int8, values: ids)), .column(ColumnArray(kind: .text, values: spaced))])
        #expect(try compared[0][0].decode(Int.self) == ids.count)
        #expect(try compared[0][1].decode(Int.self) == ids.count)
    }

    /// A token longer than a tsvector's lexeme can be (2,047 bytes) is left out of the index; the
    /// paragraph is stored and found by its other words.
    @Test func anOverlongWordIsLeftOutOfTheIndex() throws {
        guard let t = try PostgresTestStore.make() else { return }
        defer { t.remove() }
        let store = t.store
        let long = String(repeating: "a", count: 3000)
        let text = "某县2023年法治政府建设情况报告\n\n一、主要举措\n\n全面推进行政复议体制改革 \(long) 取得成效。\n"
        let saved = try store.save(try IncomingReport.analyze(bytes: Data(text.utf8), name: "long.txt", sourcePath: nil))
        guard case .stored = saved else { Issue.record("not stored: \(saved)"); return }
        let lengths = try store.rows("SELECT max(length(x)) FROM paragraph, unnest(tsvector_to_array(tokens)) AS x")
        #expect(try lengths[0][0].decode(Int.self) < 2047)
        let hits = try store.search(SearchRequest(query: "行政复议", filter: ReportFilter(limit: 10)))
        #expect(hits.count == 1)
    }
}
#endif
