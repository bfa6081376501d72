/// A set of ranges asked, many times, whether one of them contains a given range.
///
/// Sorted by start with the running largest end, so a question costs a binary search instead of a
/// walk over every range: the frame tagger asks it for every line of a report with many parts.
struct RangeCover: Sendable {
    private let starts: [Int]
    /// The largest end among the ranges up to each index (in order of start).
    private let reach: [Int]

    init(_ ranges: [TextRange]) {
        let sorted = ranges.sorted { $0.start < $1.start }
        starts = sorted.map(\.start)
        var largest = Int.min
        reach = sorted.map { largest = max(largest, $0.end); return largest }
    }

    /// Whether some range contains `range` (starts at or before it and ends at or after it).
    func contains(_ range: TextRange) -> Bool {
        let past = starts.partitionPoint { $0 > range.start }
        return past > 0 && reach[past - 1] >= range.end
    }
}

extension RandomAccessCollection {
    /// The index of the first element for which `isPast` holds, where it holds from some element
    /// to the end and nowhere before (a sorted collection split at a value): a binary search.
    ///
    /// `[1, 3, 3, 7].partitionPoint { $0 > 3 }` is 3; `endIndex` when it holds for none.
    public func partitionPoint(where isPast: (Element) throws -> Bool) rethrows -> Index {
        var lo = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let mid = index(lo, offsetBy: half)
            if try isPast(self[mid]) {
                count = half
            } else {
                lo = index(after: mid)
                count -= half + 1
            }
        }
        return lo
    }
}
