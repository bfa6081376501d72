/// The indicator catalog of `Resources/catalog.json`: the figures supervisors compare.
///
/// Each indicator names its unit, the units it accepts, its cue words (in both scripts) and, for
/// indicators that share verbs (办结 for 行政复议 and for 信息公开申请), the family whose topic
/// words must be what the sentence is about.
public struct IndicatorCatalog: Sendable {
    public struct Family: Sendable, Codable, Hashable {
        public var name: String
        public var topics: [String]
        public var topicsTraditional: [String]?
    }

    public struct Indicator: Sendable, Codable, Hashable, Identifiable {
        public var id: String
        public var name: String
        public var nameTraditional: String?
        public var family: String?
        /// The framework area the indicator belongs to.
        public var area: String
        /// The canonical unit.
        public var unit: String
        public var units: [String]
        public var strongCues: [String]
        public var strongCuesTraditional: [String]?
        public var weakCues: [String]?
        public var weakCuesTraditional: [String]?
        public var exclude: [String]?
        /// Words one of which must stand in the figure's sentence before it (or in the cue itself):
        /// 专题学习 counts as 学法 only where the sentence is about 法.
        public var context: [String]?
        /// Words none of which may stand in the figure's sentence before it: a 讲座 in a sentence
        /// about officials' 学法 is their study, not a lecture for the public.
        public var notContext: [String]?
        public var allowsChange: Bool?

        public var isRate: Bool { unit == "%" }
    }

    struct File: Codable {
        var version: Int
        var families: [String: Family]
        var indicators: [Indicator]
    }

    public let version: Int
    public let families: [String: Family]
    public let indicators: [Indicator]

    public static let shared: IndicatorCatalog = {
        let file = DomainResources.load("catalog.json", as: File.self)
        return IndicatorCatalog(version: file.version, families: file.families, indicators: file.indicators)
    }()

    public init(version: Int, families: [String: Family], indicators: [Indicator]) {
        self.version = version
        self.families = families
        self.indicators = indicators
    }

    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
}
