import Testing
@testable import FazhiCore

/// A range cover says a range is contained exactly when one of its ranges contains it.
struct RangeCoverTests {
    @Test func agreesWithAskingEveryRange() {
        // Nested, overlapping, touching, empty and repeated ranges, given out of order.
        let ranges = [(40, 60), (0, 10), (5, 30), (12, 12), (70, 100), (75, 80), (5, 30), (90, 95), (29, 41)]
            .map { TextRange(start: $0.0, end: $0.1) }
        let cover = RangeCover(ranges)
        for start in -2...102 {
            for end in start...min(start + 40, 103) {
                let asked = TextRange(start: start, end: end)
                #expect(cover.contains(asked) == ranges.contains { $0.contains(asked) }, "\(asked)")
            }
        }
        #expect(!RangeCover([]).contains(TextRange(start: 0, end: 0)))
    }

    @Test(arguments: [[], [1], [1, 3, 3, 7], [0, 0, 0], [2, 4, 6, 8, 10, 12, 14]])
    func partitionPointIsTheFirstElementPastAValue(_ values: [Int]) {
        for limit in -1...15 {
            #expect(values.partitionPoint { $0 > limit } == (values.firstIndex { $0 > limit } ?? values.count))
        }
        // A slice answers with its own indices.
        if !values.isEmpty { #expect(values[1...].partitionPoint { $0 > 2 } == (values[1...].firstIndex { $0 > 2 } ?? values.count)) }
    }
}
