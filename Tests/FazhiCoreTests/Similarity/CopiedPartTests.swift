import Foundation
import Testing
@testable import FazhiCore

/// A shortcomings part copied from another report is found, with the passage at its place in both.
struct CopiedPartTests {
    func shortcomings(_ a: ComparableReport, _ b: ComparableReport) throws -> SimilarityResult {
        let results = try Similarity.compare(a, b)
        return try #require(results.first { $0.kindA == .shortcomings && $0.kindB == .shortcomings })
    }

    @Test func copyWithYearAndJurisdictionChangedIsCopiedAndFoundAtItsPlaceInBoth() throws {
        let source = SimilarityFixture.source
        let copy = SimilarityFixture.copy
        let a = SimilarityFixture.report(source.text, name: "mentougou.txt")
        let b = SimilarityFixture.report(copy.text, name: "wuqing.txt")
        let result = try shortcomings(a, b)
        #expect(result.verdict == .copied)
        #expect(result.aInB > 0.8 && result.bInA > 0.8)
        // One passage, joined across the changed place name and year.
        try #require(result.passages.count == 1, "\(result.passages)")
        let p = result.passages[0]
        #expect(p.a == source.spans[0])
        #expect(p.b == copy.spans[0])
        #expect(p.textA == String(scalars: source.text.scalarArray[p.a.asRange]))
        #expect(p.textB == String(scalars: copy.text.scalarArray[p.b.asRange]))
        #expect(p.textA.hasPrefix("一是部分行政执法人员") && p.textB.hasSuffix("以案释法等形式运用不够充分"))
        #expect(p.identical < p.length)
        // The other parts differ.
        for other in try Similarity.compare(a, b) where other.kindA != .shortcomings {
            #expect(other.verdict == .distinct, "\(other.kindA)")
        }
    }

    @Test func copyInTraditionalScriptIsStillFound() throws {
        let s2t = try OpenCCConverter(config: "s2t")
        let source = SimilarityFixture.source
        let marked = MarkedText(s2t.convert(SimilarityFixture.copyMarked))
        #expect(marked.text.contains("執法"))
        let a = SimilarityFixture.report(source.text)
        let b = SimilarityFixture.report(marked.text)
        #expect(b.metadata.script == .traditional)
        let result = try shortcomings(a, b)
        #expect(result.verdict == .copied)
        try #require(result.passages.count == 1, "\(result.passages)")
        let p = result.passages[0]
        #expect(p.a == source.spans[0])
        #expect(p.b == marked.spans[0])
        #expect(p.textB == String(scalars: marked.text.scalarArray[p.b.asRange]))
        #expect(p.textB.contains("執法"))
    }

    @Test func copyInAWebPageIsFoundAtItsPlaceInThePage() throws {
        let source = SimilarityFixture.source
        let page = GovernmentPage.wrap(SimilarityFixture.copy.text)
        let document = try InputReader.decode(data: Data(page.utf8), name: "wuqing.html")
        let a = SimilarityFixture.report(source.text)
        let b = SimilarityFixture.report(document)
        let result = try shortcomings(a, b)
        #expect(result.verdict == .copied)
        try #require(result.passages.count == 1)
        let p = result.passages[0]
        // The range points into the page's HTML, at the paragraph's text.
        let original = document.original.scalarArray
        #expect(String(scalars: original[p.b.asRange]) == p.textB)
        #expect(p.textB.hasPrefix("一是部分行政执法人员"))
        #expect(p.a == source.spans[0])
    }

    @Test func copiedPartIsFoundFromFingerprintsAlone() throws {
        let a = SimilarityFixture.report(SimilarityFixture.source.text).fingerprint
        let b = SimilarityFixture.report(SimilarityFixture.copy.text).fingerprint
        let results = try Similarity.compare(a, b)
        let result = try #require(results.first { $0.kindA == .shortcomings })
        #expect(result.verdict == .copied)
        #expect(result.passages.isEmpty)
    }
}
