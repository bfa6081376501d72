/// `framework.uncovered`: an area of the outline (纲要) in force for the report's year that the
/// report never mentions.
///
/// The whole body counts, not only the measures: a report that speaks of 应急 only in its plan
/// mentions emergencies. A mention is a specific cue word of the area (weight 3 in
/// `framework-<edition>.json`). Subject: the area id. Severity: notice. Basis: the outline's part of
/// that area. Not run on text without any recognizable part (that is `parts.missing`'s to say).
public struct FrameworkUncoveredCheck: Check {
    public var ruleIDs: [String] { ["framework.uncovered"] }

    public init() {}

    public func run(_ context: CheckContext) -> [Finding] {
        guard !context.parts.isEmpty else { return [] }
        let coverage = context.framework ?? FrameworkReader().read(context.layout, reportYear: context.metadata.reportYear)
        guard let edition = FrameworkEdition.edition(coverage.edition) else { return [] }
        return coverage.unmentioned.compactMap { id in
            guard let area = edition.area(id) else { return nil }
            var finding = context.rules.finding(
                "framework.uncovered", subject: id, values: ["document": edition.document, "area": area.name])
            finding.basis = "\(edition.document) \(area.part):“\(area.name)”"
            return finding
        }
    }
}
