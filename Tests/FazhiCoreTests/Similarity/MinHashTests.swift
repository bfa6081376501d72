import Foundation
import PropertyBased
import Testing
@testable import FazhiCore

/// MinHash estimates Jaccard similarity closely; signatures and fingerprints are stable values.
struct MinHashTests {
    static let pool = Array("法治政府建设依法行政执法监督复议诉讼调解决策公开审核备案清理规范服务基层".unicodeScalars)

    /// Two random texts with a random share of common wording, and their shingle sets.
    static func sets(_ base: [Int], _ mutations: [Int], _ extra: [Int]) -> ([UInt32], [UInt32]) {
        let a = base.map { pool[$0 % pool.count] }
        var b = a
        for m in mutations where !b.isEmpty { b[m % b.count] = pool[(m / 7) % pool.count] }
        b += extra.map { pool[$0 % pool.count] }
        let shingler = Shingler()
        let set = { (u: [Unicode.Scalar]) in
            Shingler.set(shingler.shingles(of: u, in: [0..<u.count], covered: [Bool](repeating: false, count: u.count)))
        }
        return (set(a), set(b))
    }

    static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
        let shared = Set(a).intersection(b).count
        let union = Set(a).union(b).count
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// The estimate agrees with exact Jaccard within five standard errors of a binomial of 128
    /// trials (√(J(1−J)/128)) plus one slot: a wrong estimator fails at once, while a correct one
    /// exceeds the bound with probability below 10⁻⁶ per case.
    @Test func estimateIsCloseToExactJaccard() async {
        let minHash = MinHash()
        await propertyCheck(
            count: 300,
            input: Gen.int(in: 0...10_000).array(of: 20...400), Gen.int(in: 0...100_000).array(of: 0...120),
            Gen.int(in: 0...10_000).array(of: 0...200)
        ) { base, mutations, extra in
            let (a, b) = Self.sets(base, mutations, extra)
            let exact = Self.jaccard(a, b)
            let estimate = MinHash.similarity(minHash.signature(a), minHash.signature(b))
            let tolerance = 5 * (exact * (1 - exact) / 128).squareRoot() + 1.0 / 128
            #expect(abs(estimate - exact) <= tolerance, "exact \(exact), estimate \(estimate)")
        }
    }

    @Test func exactScoresOfAPartFingerprintMatchSetArithmetic() async {
        await propertyCheck(
            count: 100,
            input: Gen.int(in: 0...10_000).array(of: 20...300), Gen.int(in: 0...100_000).array(of: 0...80),
            Gen.int(in: 0...10_000).array(of: 0...200)
        ) { base, mutations, extra in
            let (a, b) = Self.sets(base, mutations, extra)
            let pa = PartFingerprint(kind: .shortcomings, characters: 0, shingles: a, signature: MinHash().signature(a))
            let pb = PartFingerprint(kind: .shortcomings, characters: 0, shingles: b, signature: MinHash().signature(b))
            let r = SimilarityResult(pa, pb)
            #expect(r.shared == Set(a).intersection(b).count)
            #expect(abs(r.jaccard - Self.jaccard(a, b)) < 1e-12)
            #expect(r.aInB == (a.isEmpty ? 0 : Double(r.shared) / Double(a.count)))
        }
    }

    @Test func signaturesAreTheSameOnEveryRun() {
        // Stored fingerprints depend on these values: a change here means a new scheme.
        let units = Array("行政执法人员法治思维有待提升".unicodeScalars)
        let hash = Shingler().hash(units, at: 0)
        #expect(hash == Shingler().hash(Array("行政执法人员法治思维".unicodeScalars), at: 0))
        #expect(MinHash().seeds == MinHash().seeds)
        #expect(MinHash().signature([hash]) == MinHash().signature([hash]))
        #expect(MinHash(seed: 1).seeds != MinHash().seeds)
    }

    @Test func fingerprintRoundTripsThroughJSON() throws {
        let fingerprint = SimilarityFixture.report(SimilarityFixture.source.text).fingerprint
        let data = try JSONEncoder().encode(fingerprint)
        #expect(try JSONDecoder().decode(ReportFingerprint.self, from: data) == fingerprint)
        let shortcomings = try #require(fingerprint[.shortcomings])
        #expect(shortcomings.signature.count == 128)
        #expect(data.count < 8_000)
    }

    @Test func fingerprintsOfDifferentSchemesDoNotCompare() {
        let a = SimilarityFixture.report(SimilarityFixture.source.text).fingerprint
        var b = SimilarityFixture.report(SimilarityFixture.copy.text).fingerprint
        b.scheme.boilerplateVersion += 1
        #expect(throws: SimilarityError.self) { try Similarity.compare(a, b) }
    }

    @Test func nearCopiesAreFoundAmongManyFingerprints() throws {
        var corpus = try ["000", "001", "002", "003", "004"].map { try SimilarityFixture.sample($0).fingerprint }
        corpus.append(SimilarityFixture.report(SimilarityFixture.source.text, name: "source").fingerprint)
        corpus.append(SimilarityFixture.report(SimilarityFixture.copy.text, name: "copy").fingerprint)
        let found = Similarity.nearCopies(of: .shortcomings, among: corpus)
        #expect(found.map { [$0.a, $0.b] } == [[5, 6]])
        #expect(MinHashLSH<Int>().probability(jaccard: 0.5) > 0.999)
    }
}
