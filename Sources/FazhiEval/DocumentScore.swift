/// A metadata field the analyzer got wrong.
public struct FieldMiss: Sendable, Codable {
    public var field: String
    public var want: String?
    public var got: String?
}

/// One labelled figure found or missed, or one figure the analyzer tied to an indicator wrongly.
public struct FigureOutcome: Sendable, Codable {
    public enum Kind: String, Sendable, Codable { case hit, miss, wrong }
    public var indicator: String
    public var kind: Kind
    public var text: String
    public var context: String
    public var note: String?
}

/// How the analyzer did on one document.
public struct DocumentScore: Sendable, Codable {
    public var id: String
    public var goldKind: String
    public var predictedKind: String?
    /// The classifier would have an ingest set it aside.
    public var setAside = false
    public var kindCues: [String] = []
    /// Per metadata field: right or wrong (rule-of-law reports only).
    public var fields: [String: Bool] = [:]
    public var fieldMisses: [FieldMiss] = []
    public var figures: [FigureOutcome] = []
    /// Figures whose range does not hold their text.
    public var ungrounded: [String] = []
    /// Problems of the label itself (a context not found): fix the label.
    public var labelErrors: [String] = []

    public var isReport: Bool { goldKind == "rule_of_law_report" }
}
