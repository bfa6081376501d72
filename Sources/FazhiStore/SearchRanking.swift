import Foundation
import FazhiCore

/// One occurrence of a query term in a paragraph.
package struct TermMatch: Hashable {
    /// The term's index in the query.
    package var term: Int
    package var range: TextRange
}

/// BM25 over a search's candidate paragraphs (k1 = 1.2, b = 0.75, as FTS5's `bm25()`), with
/// document frequencies and the average length taken over the candidates. Higher is better.
enum SearchRanking {
    static func bm25(highlights: [[TermMatch]], lengths: [Int], terms: [[Unicode.Scalar]]) -> [Double] {
        let k1 = 1.2, b = 0.75
        let n = Double(highlights.count)
        guard n > 0 else { return [] }
        let average = max(1, Double(lengths.reduce(0, +)) / n)
        var documentFrequency = [Double](repeating: 0, count: terms.count)
        for matches in highlights {
            for term in Set(matches.map(\.term)) { documentFrequency[term] += 1 }
        }
        let idf = documentFrequency.map { df in log(1 + (n - df + 0.5) / (df + 0.5)) }
        return zip(highlights, lengths).map { matches, length in
            var frequency = [Double](repeating: 0, count: terms.count)
            for m in matches { frequency[m.term] += 1 }
            let norm = k1 * (1 - b + b * Double(length) / average)
            return frequency.indices.reduce(0) { sum, t in
                sum + idf[t] * frequency[t] * (k1 + 1) / (frequency[t] + norm)
            }
        }
    }
}
