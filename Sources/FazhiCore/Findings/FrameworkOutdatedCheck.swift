/// `framework.outdated`: a report on 2021 or later still words its goal or its guide in the
/// expired 2015–2020 outline's terms (廉洁高效、守法诚信; 《法治政府建设实施纲要(2015－2020年)》).
///
/// The phrases are the edition's `outdatedPhrases` (`framework-2021.json`); a report on 2020 or
/// earlier, or of unknown year, is never outdated. Subject: the phrase. Severity: notice.
/// Evidence: where the report uses it (each phrase reported once, at its first use).
public struct FrameworkOutdatedCheck: Check {
    public var ruleIDs: [String] { ["framework.outdated"] }

    public init() {}

    public func run(_ context: CheckContext) -> [Finding] {
        guard let year = context.metadata.reportYear else { return [] }
        let coverage = context.framework ?? FrameworkReader().read(context.layout, reportYear: year)
        guard let edition = FrameworkEdition.edition(coverage.edition) else { return [] }
        var seen: Set<String> = []
        return coverage.outdated.compactMap { use in
            guard seen.insert(use.phrase).inserted else { return nil }
            let note = edition.outdatedPhrases.first { $0.text == use.phrase }?.note ?? ""
            return context.rules.finding(
                "framework.outdated", subject: use.phrase, range: use.range,
                values: ["year": String(year), "phrase": use.phrase, "note": note])
        }
    }
}
