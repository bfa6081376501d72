@testable import FazhiDraft
import Testing

/// The draft's self-check looks each ledger figure up among the figures read back by binary search;
/// it must agree with comparing the figure to every value read.
struct FigureLookupTests {
    static let read: [Double] = [0, 0.004, 3, 16.06, 16.064, 218, 218.0049, 900, 1e12, -5, .infinity]

    @Test(arguments: [0, 0.0049, 0.009, 2.996, 3.005, 16.06, 16.0650, 16.0691, 217.996, 218.01, 899.995, 1e12, -5.004, -4.99, 7, .infinity, .nan])
    func binarySearchAgreesWithEveryComparison(_ value: Double) {
        let expected = Self.read.contains { abs($0 - value) < 0.005 }
        #expect(Drafter.holds(Self.read.sorted(), within: 0.005, of: value) == expected)
    }

    @Test func noValuesHoldNothing() {
        #expect(!Drafter.holds([], within: 0.005, of: 1))
    }
}
