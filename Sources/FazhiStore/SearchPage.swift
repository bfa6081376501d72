/// The verified candidates of a search (the paragraphs that hold every term, with how often and
/// their lengths) and the page of them a request asks for, ranked with BM25 (``SearchRanking``):
/// best first, ties in the candidates' order (newest first).
package struct SearchPage {
    package private(set) var ids: [Int64] = []
    private var counts: [[Int]] = []
    private var lengths: [Int] = []

    package init() {}

    /// Keeps a candidate if it holds every term (`counts` has no zero).
    package mutating func consider(id: Int64, counts found: [Int], length: Int) {
        guard !found.contains(0) else { return }
        ids.append(id)
        counts.append(found)
        lengths.append(length)
    }

    /// The page `filter` asks for (its offset and limit): candidates' ids with their ranks.
    package func page(_ filter: ReportFilter) -> [(id: Int64, rank: Double)] {
        let scores = SearchRanking.bm25(frequencies: counts, lengths: lengths)
        let order = ids.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return order.dropFirst(filter.offset).prefix(filter.limit).map { (ids[$0], scores[$0]) }
    }
}
