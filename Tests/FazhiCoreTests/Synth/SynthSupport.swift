import Foundation
@testable import FazhiCore

/// Corpora shared by the generator's tests: generated once per seed, reports decoded as the
/// analyzer reads them.
enum SynthFixture {
    /// The first `count` reports of `seed`.
    static func reports(seed: UInt64, count: Int) throws -> [SynthReport] {
        let corpus = try SynthCorpus(seed: seed)
        return try (0..<count).map { try corpus.report($0) }
    }

    /// 240 reports of seed 2024, generated once for the variety and agreement tests.
    static let corpus: Result<[SynthReport], any Error> = Result { try reports(seed: 2024, count: 240) }

    /// The report as the analyzer reads it from its bytes.
    static func document(_ report: SynthReport) throws -> SourceDocument {
        try InputReader.decode(data: report.data, name: report.path)
    }

    /// The readable text of the report, in simplified script (as the truth writes its strings).
    static func simplifiedText(_ report: SynthReport) throws -> String {
        let text = try document(report).text
        return report.truth.script == .traditional ? ScriptNormalizer.shared.simplify(text) : text
    }
}
