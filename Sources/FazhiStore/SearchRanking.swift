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
        bm25(counts: frequencies.flatMap { $0 }, terms: frequencies.first?.count ?? 0, lengths: lengths)
    }

    /// The same with the counts one candidate after another: `counts[i * terms + t]`.
    static func bm25(counts: [Int], terms termCount: Int, lengths: [Int]) -> [Double] {
        let k1 = 1.2, b = 0.75
        let n = Double(lengths.count)
        guard n > 0, termCount > 0 else { return [Double](repeating: 0, count: lengths.count) }
        let average = max(1, Double(lengths.reduce(0, +)) / n)
        var documentFrequency = [Double](repeating: 0, count: termCount)
        for (i, f) in counts.enumerated() where f > 0 { documentFrequency[i % termCount] += 1 }
        let idf = documentFrequency.map { df in log(1 + (n - df + 0.5) / (df + 0.5)) }
        return lengths.indices.map { i in
            let norm = k1 * (1 - b + b * Double(lengths[i]) / average)
            var sum = 0.0
            for t in 0..<termCount {
                let f = Double(counts[i * termCount + t])
                sum += idf[t] * f * (k1 + 1) / (f + norm)
            }
            return sum
        }
    }
}
