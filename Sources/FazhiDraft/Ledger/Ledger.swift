/// One unit's ledger for one report year: what the 司法局 gathers from departments, from which the
/// report is drafted. Read from YAML or its JSON twin by ``LedgerReader``; documented in
/// `docs/ledger-schema.md`.
public struct Ledger: Sendable, Hashable {
    /// A figure: an indicator of the catalog with its value, as a paragraph's `figures` give it.
    public struct Figure: Sendable, Hashable {
        public var indicator: String
        public var value: Double
        /// `over` (余), `under` (近) or `about` (约); `nil` when exact.
        public var approx: String?
        /// The unit to write, one the indicator accepts; `nil` for the indicator's own unit.
        public var unit: String?
        /// Where the figure stands in the ledger (1-based line), for messages.
        public var line: Int

        public init(indicator: String, value: Double, approx: String? = nil, unit: String? = nil, line: Int = 0) {
            self.indicator = indicator
            self.value = value
            self.approx = approx
            self.unit = unit
            self.line = line
        }
    }

    /// A paragraph whose `{indicator.id}` placeholders are replaced by its figures, written out.
    public struct Paragraph: Sendable, Hashable {
        public var text: String
        public var figures: [Figure]
        public var line: Int

        public init(text: String, figures: [Figure] = [], line: Int = 0) {
            self.text = text
            self.figures = figures
            self.line = line
        }
    }

    /// A measure of part 一, filed under a framework area.
    public struct Measure: Sendable, Hashable {
        /// A framework area id (`functions`, `rules`, … `leadership`, `society`).
        public var area: String
        /// The (一) heading; the area's own name when absent.
        public var heading: String?
        public var paragraph: Paragraph
    }

    /// A shortcoming of part 二 and its cause.
    public struct Shortcoming: Sendable, Hashable {
        public var problem: String
        public var cause: String?
    }

    /// An item of part 四, next year's plan.
    public struct PlanItem: Sendable, Hashable {
        public var heading: String
        public var text: String
    }

    /// What last year's report promised and what became of it.
    public struct ChecklistItem: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable, CaseIterable { case shortcoming, plan }
        public enum Status: String, Sendable, Hashable, CaseIterable { case pending, rectified, carriedOver = "carried_over" }
        public var item: String
        public var kind: Kind
        public var status: Status
        public var note: String?
        public var line: Int
    }

    /// Last year's report as carried into this ledger (`fazhi draft --previous`).
    public struct Previous: Sendable, Hashable {
        public var year: Int?
        public var source: String?
        /// Last year's figures by indicator id, written beside this year's (同比).
        public var figures: [String: Double]
        public var checklist: [ChecklistItem]
    }

    public var issuer: String
    public var jurisdiction: String?
    /// province | city | district | township | department.
    public var level: String
    public var year: Int
    public var title: String?
    /// The 主送机关, without its colon.
    public var addressee: String?
    /// The 成文日期, `YYYY-MM-DD`.
    public var signed: String
    public var documentNumber: String?
    public var measures: [Measure]
    /// An opening paragraph under part 二 before the shortcomings, when the author wants one.
    public var shortcomingsIntro: String?
    public var shortcomings: [Shortcoming]
    public var leadership: [Paragraph]
    public var plan: [PlanItem]
    /// 其他需要报告的情况 (optional part 五).
    public var other: [Paragraph]
    public var previous: Previous?

    /// Every figure of the ledger, in order.
    public var figures: [Figure] {
        measures.flatMap(\.paragraph.figures) + leadership.flatMap(\.figures) + other.flatMap(\.figures)
    }
}
