import Foundation
import Testing
@testable import FazhiCore

/// A seed is a corpus: report `i` is the same bytes and the same truth however and whenever
/// it is generated, and another seed is another corpus.
struct SynthDeterminismTests {
    @Test
    func sameSeedGivesIdenticalBytesAndTruth() throws {
        let a = try SynthFixture.reports(seed: 77, count: 120)
        let b = try SynthFixture.reports(seed: 77, count: 120)
        for (x, y) in zip(a, b) {
            #expect(x.path == y.path)
            #expect(x.data == y.data, "\(x.path) differs between two runs")
            #expect(x.truth.jsonLine() == y.truth.jsonLine())
        }
        // The run covered the formats whose bytes could drift (zip time stamps, page shells).
        #expect(Set(a.map(\.truth.format)) == ["text", "html", "docx"])
    }

    @Test
    func reportDoesNotDependOnTheOthersGeneratedBefore() throws {
        let corpus = try SynthCorpus(seed: 77)
        let inOrder = try (0..<60).map { try corpus.report($0) }
        let alone = try SynthCorpus(seed: 77)
        for index in [59, 3, 41, 0] {
            #expect(try alone.report(index).data == inOrder[index].data)
        }
    }

    @Test
    func anotherSeedGivesAnotherCorpus() throws {
        let a = try SynthFixture.reports(seed: 1, count: 20)
        let b = try SynthFixture.reports(seed: 2, count: 20)
        let same = zip(a, b).filter { $0.data == $1.data }.count
        #expect(same == 0)
    }

    @Test(arguments: [
        (SynthDate(year: 1970, month: 1, day: 1), 0), (SynthDate(year: 2000, month: 3, day: 1), 11_017),
        (SynthDate(year: 2021, month: 1, day: 29), 18_656), (SynthDate(year: 2024, month: 12, day: 31), 20_088),
    ])
    func daysSince1970CountsFromTheEpoch(date: SynthDate, days: Int) {
        #expect(date.daysSince1970 == days)
    }
}
