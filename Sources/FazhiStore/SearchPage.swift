/// The verified candidates of a search (the paragraphs that hold every term, with how often and
/// their lengths) and the page of them a request asks for, ranked with BM25 (``SearchRanking``):
/// best first, ties in the candidates' order (newest first).
package struct SearchPage {
    private let terms: SearchTerms
    package private(set) var ids: [Int64] = []
    /// Each kept candidate's term counts, one after another (`terms.terms.count` each).
    private var counts: [Int] = []
    private var lengths: [Int] = []

    package init(terms: SearchTerms, capacity: Int = 0) {
        self.terms = terms
        ids.reserveCapacity(capacity)
        lengths.reserveCapacity(capacity)
        counts.reserveCapacity(capacity * terms.terms.count)
    }

    /// Counts the terms in a candidate's normalized text (UTF-8, read where it lies) and keeps the
    /// candidate if it holds every one; `length` is the paragraph's length in code points.
    package mutating func consider(id: Int64, length: Int, utf8: UnsafeRawBufferPointer) {
        let start = counts.count
        guard terms.appendCounts(inUTF8: utf8, to: &counts) else {
            counts.removeSubrange(start...)
            return
        }
        ids.append(id)
        lengths.append(length)
    }

    /// The page `filter` asks for (its offset and limit): candidates' ids with their ranks.
    package func page(_ filter: ReportFilter) -> [(id: Int64, rank: Double)] {
        let scores = SearchRanking.bm25(counts: counts, terms: terms.terms.count, lengths: lengths)
        let order = ids.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
        return order.dropFirst(filter.offset).prefix(filter.limit).map { (ids[$0], scores[$0]) }
    }
}
