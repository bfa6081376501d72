import Foundation
import Synchronization

/// How often the search index's tokens occur, from PostgreSQL's own statistics of the `tokens`
/// column (`pg_stats.most_common_elems`, gathered by ANALYZE and autovacuum). A search uses them to
/// choose how to find its candidates (``PostgresStore/search(_:)``): PostgreSQL's planner multiplies
/// the frequencies of a term's bigrams as if they were independent (行政 政复 复议 all but always
/// occur together), so it takes 行政复议 for rare, reads every match through the GIN index and sorts
/// them (1.7 s at 100,000 reports) where walking the newest paragraphs finds 500 in milliseconds.
struct TokenStatistics: Sendable, Equatable {
    /// The listed tokens' frequencies: the share of paragraphs holding each. A token not listed
    /// counts as rare (0): it is at most as frequent as the least listed, but how much less is
    /// unknown, and a walk for a term that is nowhere reads every paragraph (行政复议纠错 at
    /// 100,000 reports: 3.1 s), where the index answers at once.
    var frequencies: [String: Double]
    /// How many paragraphs there are (`pg_class.reltuples`).
    var rows: Double

    /// The share of paragraphs holding the rarest of a term's tokens: at most that share holds
    /// them all, and, a term's bigrams going together, about that share. A lone character, a
    /// prefix, counts as every listed token it begins.
    func rarest(_ tokens: [(text: String, prefix: Bool)]) -> Double {
        tokens.map { token in
            guard token.prefix else { return frequencies[token.text] ?? 0 }
            return min(1, frequencies.reduce(0) { $1.key.hasPrefix(token.text) ? $0 + $1.value : $0 })
        }.min() ?? 1
    }

    /// The share of paragraphs expected to hold every term: the terms' shares multiplied, as
    /// different words meet about as often as chance has them (法律顾问 and 履职, each common,
    /// never do in the synthetic corpus: a walk for them would read every paragraph).
    func share(_ terms: [[(text: String, prefix: Bool)]]) -> Double {
        terms.reduce(1) { $0 * rarest($1) }
    }

    /// Whether to walk the paragraphs newest first, testing each, rather than read every match
    /// from the index: walking reads about `candidates / share` paragraphs, the index `share ×
    /// rows` matches, each about three times dearer (a heap fetch, then a sort).
    func walks(_ terms: [[(text: String, prefix: Bool)]], candidates: Int) -> Bool {
        walks(share: share(terms), candidates: candidates)
    }

    private func walks(share: Double, candidates: Int) -> Bool {
        guard share > 0, rows > 0 else { return false }
        return Double(candidates) / share < 3 * share * rows
    }

    /// What reading one recency bucket's entries in the index costs, in matches read through it
    /// (measured at 100,000 reports: ~2.4 ms a bucket of 16,384 paragraphs, ~12 µs a match).
    static let bucketCost = 200.0

    /// How to find the candidates: walking (``walks(_:candidates:)``); the newest paragraphs
    /// first (``CandidatePath/recentFirst(window:)``), sized to hold half as many matches again
    /// as needed, when reading that window's buckets and matches costs less than reading every
    /// match; otherwise the planner's way.
    func path(_ terms: [[(text: String, prefix: Bool)]], candidates: Int) -> CandidatePath {
        let share = share(terms)
        if walks(share: share, candidates: candidates) { return .walk }
        guard share > 0, rows > 0 else { return .planner }
        let window = 1.5 * Double(candidates) / share
        let buckets = (window / Double(1 << RecencyBuckets.shift)).rounded(.up) + 1
        guard window < rows, Self.bucketCost * buckets + 1.5 * Double(candidates) < share * rows else { return .planner }
        return .recentFirst(window: Int(window.rounded(.up)))
    }
}

/// The statistics a store last read, read again once a minute (ANALYZE runs in the background).
final class TokenStatisticsCache: Sendable {
    private struct Entry {
        var statistics: TokenStatistics?
        var read: Date
    }

    private let entry = Mutex<Entry?>(nil)
    static let lifetime: TimeInterval = 60

    /// The cached statistics, or `read()`'s when there are none or they are older than a minute;
    /// nil when PostgreSQL has none yet (the table never analyzed).
    func current(_ read: () throws -> TokenStatistics?) rethrows -> TokenStatistics? {
        let now = Date()
        if let cached = entry.withLock({ $0 }), now.timeIntervalSince(cached.read) < Self.lifetime { return cached.statistics }
        let fresh = try read()
        entry.withLock { $0 = Entry(statistics: fresh, read: now) }
        return fresh
    }

    /// Forgets the cached statistics (after an ANALYZE the caller ran).
    func clear() { entry.withLock { $0 = nil } }
}

extension PostgresStore {
    /// After a bulk load that stored at least a quarter of the reports now held, analyzes the
    /// paragraphs at once (a sample, a second or two), so that searches choose their path from
    /// statistics that know the new paragraphs rather than wait for autovacuum.
    public func settleAfterBulkLoad(stored: Int) throws -> String? {
        guard try isBulkLoad(stored: stored) else { return nil }
        _ = try rows("ANALYZE paragraph")
        tokenStatistics.clear()
        return "paragraphs analyzed"
    }
}
