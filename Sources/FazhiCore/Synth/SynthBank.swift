/// The phrase banks of the synthetic report generator (`Resources/synth.json`): titles, openings,
/// per-area measure sentences with figure slots, shortcomings, leadership, plans, site chrome,
/// HTML page shells and the magnitudes of the catalog's figures. See the file's `about`.
public struct SynthBank: Sendable, Decodable {
    /// A phrase that may be limited to some levels of government and to a span of report years.
    public struct Entry: Sendable, Decodable {
        public var text: String
        public var levels: [GovernmentLevel]?
        public var from: Int?
        public var to: Int?
        /// The catalog indicators the phrase plants (`{ind:ID}` and `{rate:ID}` slots), read once.
        public let indicators: [String]

        enum CodingKeys: String, CodingKey { case t, levels, from, to }

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                self.text = text
            } else {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                text = try c.decode(String.self, forKey: .t)
                levels = try c.decodeIfPresent([GovernmentLevel].self, forKey: .levels)
                from = try c.decodeIfPresent(Int.self, forKey: .from)
                to = try c.decodeIfPresent(Int.self, forKey: .to)
            }
            indicators = SynthTemplate.slots(in: text).compactMap { slot in
                slot.hasPrefix("ind:") || slot.hasPrefix("rate:") ? String(slot.drop { $0 != ":" }.dropFirst()) : nil
            }
        }

        /// Whether a report of `level` about `year` may use the phrase.
        public func fits(_ level: GovernmentLevel, _ year: Int) -> Bool {
            (levels?.contains(level) ?? true) && year >= (from ?? .min) && year <= (to ?? .max)
        }
    }

    /// A framework area's phrases: headings (`headingsEarly` for reports up to 2020), sub-item
    /// points, measure sentences, and the plan's headings and sentences.
    public struct Area: Sendable, Decodable {
        public var from: Int
        public var headings: [String]
        public var headingsEarly: [String]?
        public var points: [String]
        public var sentences: [Entry]
        public var planHeadings: [String]
        public var plan: [Entry]
    }

    /// How a catalog indicator's figures are drawn and written.
    public struct Figure: Sendable, Decodable {
        public var range: [Double]?
        public var of: String?
        public var share: [Double]?
        public var rate: [String]?
        public var percent: [Double]?
        public var p100: Double?
        public var decimals: [Int]?
        public var change: String?
        public var units: [String]?
        public var approx: Double?
        public var scale: Bool?
    }

    public struct Departments: Sendable, Decodable {
        public var province: [String]
        public var city: [String]
        public var county: [String]
    }

    public struct TownshipNames: Sendable, Decodable {
        public var first: [String]
        public var second: [String]
        public var suffixes: [String]
    }

    public struct Titles: Sendable, Decodable {
        public var government: [Entry]
        public var township: [Entry]
        public var department: [Entry]
    }

    public struct PartHeadings: Sendable, Decodable {
        public var measures: [String]
        public var shortcomings: [String]
        public var leadership: [String]
        public var leadershipNested: [String]
        public var plan: [String]
        public var other: [String]
    }

    public struct Shortcomings: Sendable, Decodable {
        public var leads: [Entry]
        public var inlineLeads: [Entry]
        public var rectified: [Entry]
        public var items: [Entry]
        public var reasons: [String]
    }

    public struct LeadsAndItems: Sendable, Decodable {
        public var leads: [Entry]
        public var items: [Entry]
    }

    public struct Chrome: Sendable, Decodable {
        public var top: [String]
        public var info: [String]
        public var infoNoDate: [String]
        public var meta: [String]
        public var bottom: [String]
    }

    public var version: Int
    public var levelWeights: [String: Double]
    public var levelScale: [String: Double]
    public var yearWeights: [String: Double]
    public var departments: Departments
    public var townshipNames: TownshipNames
    public var titles: Titles
    public var addressees: [String: [String]]
    public var openings: [Entry]
    public var upperMentions: [String]
    public var measureLeads: [String]
    public var partHeadings: PartHeadings
    public var areas: [String: Area]
    public var areaOrders: [String: [String]]
    public var inlineEnumerators: [String]
    public var shortcomings: Shortcomings
    public var leadership: LeadsAndItems
    public var planLeads: [Entry]
    public var planClosings: [String]
    public var other: LeadsAndItems
    public var closings: [String]
    public var chrome: Chrome
    public var pages: [String]
    public var metaTable: String
    public var vendors: [String]
    public var traps: [String]
    public var figures: [String: Figure]

    /// The bank shipped with FazhiCore, loaded once.
    public static let shared: SynthBank = DomainResources.load("synth.json")
}
