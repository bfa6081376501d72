import FazhiCore
import Testing

/// What must come out the same whatever format a report is read from: the metadata, the kinds of
/// its parts in order, its catalogued figures (indicator and value) and the rules its findings fire.
struct AnalysisEssentials: Equatable, CustomStringConvertible {
    var metadata: Metadata
    var parts: [String]
    var figures: [String]
    var findings: [String]

    init(_ a: Analysis) {
        metadata = a.metadata
        parts = a.parts.map(\.kind.rawValue)
        figures = a.quantities.compactMap { q in q.indicator.map { "\($0)=\(q.value)" } }.sorted()
        findings = a.findings.map { "\($0.rule):\($0.subject ?? "")" }.sorted()
    }

    var description: String { "parts \(parts), figures \(figures), findings \(findings), metadata \(metadata)" }
}
