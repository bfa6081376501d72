/// The kinds of part a report must contain (厅字〔2019〕28号), in the regulation's order.
public enum PartKind: String, Sendable, Codable, Hashable, CaseIterable {
    case measures, shortcomings, leadership, plan, other

    /// The mandated kinds, in order (`other` is optional).
    public static let mandated: [PartKind] = [.measures, .shortcomings, .leadership, .plan]
}

/// A top-level part of a report, classified by kind.
public struct Part: Sendable, Hashable, Codable {
    public var kind: PartKind
    /// The heading as written (original script); for a part found inside another part's text
    /// (a shortcomings paragraph without a heading), its first clause.
    public var heading: String
    /// The whole part, heading included.
    public var range: TextRange
    /// True when the part has no heading of its own and was found in running text.
    public var inline: Bool

    public init(kind: PartKind, heading: String, range: TextRange, inline: Bool = false) {
        self.kind = kind
        self.heading = heading
        self.range = range
        self.inline = inline
    }
}

/// A node of the report's outline: a heading (一、 (一) 1. （1）…) and what stands under it.
public struct Section: Sendable, Hashable, Codable {
    /// Depth in the outline, 1 for top-level parts.
    public var depth: Int
    /// The numbering style, e.g. `一、`, `(一)`, `1.`, `（1）`.
    public var style: String
    /// The ordinal the marker carries (一 → 1).
    public var ordinal: Int
    /// The heading line's text, marker included (original script).
    public var heading: String
    public var headingRange: TextRange
    /// The section with all it contains.
    public var range: TextRange
    public var children: [Section]

    public init(
        depth: Int, style: String, ordinal: Int, heading: String, headingRange: TextRange,
        range: TextRange, children: [Section] = []
    ) {
        self.depth = depth
        self.style = style
        self.ordinal = ordinal
        self.heading = heading
        self.headingRange = headingRange
        self.range = range
        self.children = children
    }
}
