import Testing
@testable import FazhiCore

/// The figure index the consistency checks look figures up in finds the same figure as filtering
/// every figure of the report would (the way the checks used to look).
struct FigureIndexTests {
    /// The lookup the index replaces: every exact figure of `indicator`, the last one of the
    /// anchor's sentence at or before it, else the report's only value.
    static func filtered(_ quantities: [Quantity], _ indicator: String, near anchor: Quantity?) -> Quantity? {
        let all = quantities.filter { $0.indicator == indicator && $0.approx == nil && $0.change == nil }
        if let anchor, let sentence = anchor.sentence,
           let same = all.last(where: { $0.sentence == sentence && $0.range.start <= anchor.range.start }) {
            return same
        }
        return Set(all.map(\.value)).count == 1 ? all.first : nil
    }

    /// Every indicator of the report looked up near every figure, and with no anchor.
    static func expectSameLookups(_ quantities: [Quantity]) -> Int {
        let index = FigureIndex(quantities)
        let indicators = Set(quantities.compactMap(\.indicator)).sorted()
        var compared = 0
        for id in indicators {
            #expect(index.figure(id, near: nil) == filtered(quantities, id, near: nil))
            for anchor in quantities {
                #expect(index.figure(id, near: anchor) == filtered(quantities, id, near: anchor))
                compared += 1
            }
        }
        return compared
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func sampleReportLookupsMatchFiltering(_ sample: String) throws {
        let analysis = Fixture.analyze(try Fixture.sample(sample))
        #expect(Self.expectSameLookups(analysis.quantities) > 0)
    }

    @Test func densePairsInOneSentenceAndManySentences() {
        // Rates after their counts, twice in one sentence and in sentences of their own; values
        // that change, so no indicator has one value, and one that stays (受理 48件).
        let clauses = (0..<12).map { i in "办结行政复议案件\(200 + i)件,纠错\(30 + i)件,纠错率\(i + 10).5%,受理48件" }
        let text = "一、主要举措\n" + clauses.prefix(6).joined(separator: ",") + "。\n"
            + clauses.dropFirst(6).joined(separator: "。\n") + "。\n"
        let quantities = Fixture.analyze(text).quantities
        #expect(quantities.filter { $0.indicator == "reconsideration.correction_rate" }.count > 6)
        #expect(Self.expectSameLookups(quantities) > 0)
    }

    @Test func figuresOutOfTextOrderAreScannedNotSearched() {
        let sentence = TextRange(start: 0, end: 40)
        func q(_ value: Double, at start: Int) -> Quantity {
            Quantity(text: "\(Int(value))件", value: value, unit: "件", indicator: "reconsideration.concluded",
                     range: TextRange(start: start, end: start + 3), sentence: sentence)
        }
        let shuffled = [q(1, at: 20), q(2, at: 5), q(3, at: 30), q(4, at: 10)]
        var anchor = q(9, at: 12)
        anchor.indicator = "reconsideration.correction_rate"
        #expect(FigureIndex(shuffled).figure("reconsideration.concluded", near: anchor)?.value == 4)
        #expect(Self.expectSameLookups(shuffled + [anchor]) > 0)
    }
}
