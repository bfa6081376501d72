/// How a report covers the framework areas of the outline in force for its year.
///
/// Per area: how many measure paragraphs are about it, how many it leads, and how often its
/// specific cue words occur anywhere in the body; the areas the report never mentions; and
/// wording of an earlier outline the report still uses (廉洁高效、守法诚信 in a 2023 report).
public struct FrameworkCoverage: Sendable, Hashable, Codable {
    /// One area's coverage.
    public struct Area: Sendable, Hashable, Codable {
        public var id: String
        /// The area's title as the outline words it.
        public var name: String
        /// Measure paragraphs tagged with the area.
        public var paragraphs: Int
        /// Measure paragraphs whose best area it is.
        public var leads: Int
        /// Occurrences of the area's specific cue words (weight 3) in the whole body.
        public var mentions: Int

        public init(id: String, name: String, paragraphs: Int, leads: Int, mentions: Int) {
            self.id = id
            self.name = name
            self.paragraphs = paragraphs
            self.leads = leads
            self.mentions = mentions
        }
    }

    /// Wording of an earlier outline, where the report uses it.
    public struct Outdated: Sendable, Hashable, Codable {
        /// The phrase as the edition lists it (`廉洁高效、守法诚信`).
        public var phrase: String
        public var range: TextRange

        public init(phrase: String, range: TextRange) {
            self.phrase = phrase
            self.range = range
        }
    }

    /// The edition's id: `2015` or `2021`.
    public var edition: String
    /// The outline's areas in its order, then `society`.
    public var areas: [Area]
    /// Ids of the outline's areas the body never mentions (`society` is never listed).
    public var unmentioned: [String]
    public var paragraphs: [FrameworkParagraph]
    public var outdated: [Outdated]

    public init(
        edition: String, areas: [Area], unmentioned: [String], paragraphs: [FrameworkParagraph],
        outdated: [Outdated] = []
    ) {
        self.edition = edition
        self.areas = areas
        self.unmentioned = unmentioned
        self.paragraphs = paragraphs
        self.outdated = outdated
    }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }

    /// Every range rewritten through `map` (readable text → decoded original).
    public func mappingRanges(_ map: (TextRange) -> TextRange) -> FrameworkCoverage {
        var copy = self
        copy.paragraphs = paragraphs.map { p in
            var p = p
            p.range = map(p.range)
            p.heading = p.heading.map(map)
            p.tags = p.tags.map { t in
                var t = t
                t.cues = t.cues.map { c in var c = c; c.range = map(c.range); return c }
                return t
            }
            return p
        }
        copy.outdated = outdated.map { o in var o = o; o.range = map(o.range); return o }
        return copy
    }
}
