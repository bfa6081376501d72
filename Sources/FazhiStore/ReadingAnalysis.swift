import FazhiCore
import Foundation

/// How much of a stored report's analysis to read.
public enum ReportDetail: Sendable {
    /// All of it.
    case full
    /// All but the framework coverage's per-paragraph tags and cue words (`framework.paragraphs`
    /// is empty): what a report page shows, and half the analysis JSON less to decode.
    case reading
}

/// A stored analysis JSON decoded without `framework.paragraphs` (``ReportDetail/reading``). The
/// decoder still checks the JSON but builds nothing for the keys it is not asked for.
package struct ReadingAnalysis: Decodable {
    struct Framework: Decodable {
        var edition: String
        var areas: [FrameworkCoverage.Area]
        var unmentioned: [String]
        var outdated: [FrameworkCoverage.Outdated]
    }

    var source: SourceInfo
    var metadata: Metadata
    var parts: [Part]
    var outline: [Section]
    var quantities: [Quantity]
    var findings: [Finding]
    var framework: Framework?
    var document: DocumentClassification?

    var analysis: Analysis {
        Analysis(source: source, metadata: metadata, parts: parts, outline: outline, quantities: quantities, findings: findings,
                 framework: framework.map { f in
                     FrameworkCoverage(edition: f.edition, areas: f.areas, unmentioned: f.unmentioned, paragraphs: [], outdated: f.outdated)
                 }, document: document)
    }

    /// A stored analysis read as `detail` asks (both stores read theirs through this).
    package static func decode(_ data: Data, detail: ReportDetail) throws -> Analysis {
        switch detail {
        case .full: try JSONDecoder().decode(Analysis.self, from: data)
        case .reading:
            // The one-pass reader, or (for JSON of another shape) the decoder, which then says what is wrong.
            if let analysis = try? AnalysisReader.reading(data) { analysis } else { try JSONDecoder().decode(ReadingAnalysis.self, from: data).analysis }
        }
    }
}
