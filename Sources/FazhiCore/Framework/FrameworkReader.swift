/// Reads a report's coverage of the framework: the edition for its year, its tagged measure
/// paragraphs, the areas its body never mentions, and outdated outline wording.
///
/// ```swift
/// let coverage = FrameworkReader().read(layout, body: lines, outline: outline, parts: parts, reportYear: 2023)
/// coverage.edition      // "2021"
/// coverage.unmentioned  // ["digital"] for a report that never speaks of 数字政府, 数据共享 …
/// ```
public struct FrameworkReader: Sendable {
    public var tuning: FrameworkTagger.Tuning

    public init(tuning: FrameworkTagger.Tuning = .init()) {
        self.tuning = tuning
    }

    /// The coverage of the report whose body is the lines `body` of `layout`.
    ///
    /// Mentions and outdated wording are searched in the whole body (a report may cover 应急 only
    /// in its plan); paragraphs are tagged in the `measures` and `other` parts. Outdated wording is
    /// only looked for when the report's year is known.
    public func read(
        _ layout: TextLayout, body: Range<Int>, outline: [Section], parts: [Part], reportYear: Int?
    ) -> FrameworkCoverage {
        let edition = FrameworkEdition.forReportYear(reportYear)
        // The cue words of every line of the body (the parts lie in it), found once for the
        // mentions and the paragraphs.
        let body = body.clamped(to: layout.lines.indices)
        let lineMatches = layout.lines.indices.map { index in
            let line = layout.lines[index]
            return line.isBlank || line.isChrome || !body.contains(index)
                ? [] : edition.cues.matches(in: layout.scalars, range: line.content)
        }
        let paragraphs = FrameworkTagger(edition: edition, tuning: tuning)
            .tag(layout, outline: outline, parts: parts, lineMatches: lineMatches)
        var mentions = [Int](repeating: 0, count: edition.areas.count)
        var outdated: [FrameworkCoverage.Outdated] = []
        let finder = OutdatedPhraseFinder(reportYear == nil ? [] : edition.outdatedPhrases)
        for index in body where !layout.lines[index].isBlank && !layout.lines[index].isChrome {
            for match in lineMatches[index] {
                for (area, weight) in edition.cues.entries[match.entry].targets where weight >= 3 { mentions[area] += 1 }
            }
            outdated += finder.find(in: layout.scalars, range: layout.lines[index].content)
        }
        let areas = edition.areas.enumerated().map { index, area in
            FrameworkCoverage.Area(
                id: area.id, name: area.name,
                paragraphs: paragraphs.filter { $0.areas.contains(area.id) }.count,
                leads: paragraphs.filter { $0.areas.first == area.id }.count,
                mentions: mentions[index])
        }
        let unmentioned = zip(edition.areas, mentions).filter { $0.0.inOutline && $0.1 == 0 }.map(\.0.id)
        return FrameworkCoverage(edition: edition.id, areas: areas, unmentioned: unmentioned,
                                 paragraphs: paragraphs, outdated: outdated)
    }

    /// The coverage of a text without known structure: every non-chrome line is body, no
    /// paragraph is tagged (what a check needs when the analyzer did not read the coverage).
    public func read(_ layout: TextLayout, reportYear: Int?) -> FrameworkCoverage {
        read(layout, body: layout.lines.indices, outline: [], parts: [], reportYear: reportYear)
    }
}
