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
    /// `frequencies[i][t]`: how often term `t` occurs in candidate `i`; `lengths[i]`: its length.
    static func bm25(frequencies: [[Int]], lengths: [Int]) -> [Double] {
        let k1 = 1.2, b = 0.75
        let n = Double(frequencies.count)
        guard n > 0, let termCount = frequencies.first?.count else { return [] }
        let average = max(1, Double(lengths.reduce(0, +)) / n)
        var documentFrequency = [Double](repeating: 0, count: termCount)
        for counts in frequencies {
            for t in counts.indices where counts[t] > 0 { documentFrequency[t] += 1 }
        }
        let idf = documentFrequency.map { df in log(1 + (n - df + 0.5) / (df + 0.5)) }
        return zip(frequencies, lengths).map { counts, length in
            let norm = k1 * (1 - b + b * Double(length) / average)
            return counts.indices.reduce(0) { sum, t in
                let f = Double(counts[t])
                return sum + idf[t] * f * (k1 + 1) / (f + norm)
            }
        }
    }
}
