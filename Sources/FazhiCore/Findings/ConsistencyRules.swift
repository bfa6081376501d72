/// The relations between figures of `Resources/consistency.json`: rates and their counts, parts
/// and their wholes.
public struct ConsistencyRules: Sendable, Codable {
    public struct Rate: Sendable, Codable {
        public var rate: String
        public var numerator: String
        public var denominators: [String]
    }

    public struct PartWhole: Sendable, Codable {
        public var part: String
        public var whole: String
        /// Cases carried over from last year can make the part larger: a warning, not an error.
        public var carryOver: Bool
    }

    public var version: Int
    public var rates: [Rate]
    public var partWhole: [PartWhole]

    public static let shared = DomainResources.load("consistency.json", as: ConsistencyRules.self)
}

extension CheckContext {
    /// The one figure of `indicator` that goes with `anchor`: the one in the anchor's sentence, else
    /// the only value the report states for it. `nil` when the report is ambiguous.
    func figure(_ indicator: String, near anchor: Quantity? = nil) -> Quantity? {
        figures.figure(indicator, near: anchor)
    }

    func indicatorName(_ id: String) -> String {
        IndicatorCatalog.shared.indicator(id)?.name ?? id
    }
}
