/// A measure paragraph of a report tagged with the framework areas it is about.
///
/// `1.持续深化政府职能转变。深化“放管服”改革…持续优化营商环境。` is tagged `functions`, decided by
/// 职能转变 in its heading and 放管服, 营商环境 in its body.
public struct FrameworkParagraph: Sendable, Hashable, Codable {
    /// A cue word that counted for an area, and where it stands.
    public struct Cue: Sendable, Hashable, Codable {
        /// The cue word as the edition lists it (simplified).
        public var word: String
        public var range: TextRange
        /// True when the word stands in the paragraph's heading or its section's heading.
        public var heading: Bool

        public init(word: String, range: TextRange, heading: Bool) {
            self.word = word
            self.range = range
            self.heading = heading
        }
    }

    /// One area of the paragraph, its score and the cue words that decided.
    public struct Tag: Sendable, Hashable, Codable {
        public var area: String
        public var score: Double
        public var cues: [Cue]

        public init(area: String, score: Double, cues: [Cue]) {
            self.area = area
            self.score = score
            self.cues = cues
        }
    }

    /// The paragraph (its line's content).
    public var range: TextRange
    /// The heading that weighs most: the paragraph's run-in heading (`1.持续深化政府职能转变。`),
    /// else the heading of the section it stands in (`(三)深入推进依法行政制度建设`).
    public var heading: TextRange?
    /// The areas, best first (at most three; none when no cue is strong enough).
    public var tags: [Tag]

    public init(range: TextRange, heading: TextRange?, tags: [Tag]) {
        self.range = range
        self.heading = heading
        self.tags = tags
    }

    /// The areas' ids, best first.
    public var areas: [String] { tags.map(\.area) }
}
