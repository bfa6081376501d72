/// A passage two reports share: where it stands in each and what it says in each.
///
/// A passage is a maximal run of identical wording (on the comparable text: punctuation, spaces and
/// script ignored), joined with its neighbours across small edits — a changed year or place name —
/// so a paragraph copied with only the jurisdiction changed reads as one passage. `identical` tells
/// how much of it is word for word.
public struct SharedPassage: Sendable, Hashable, Codable {
    /// The passage in the first report: code-point offsets into its decoded original.
    public var a: TextRange
    /// The passage in the second report.
    public var b: TextRange
    /// The first report's wording (readable text, original script).
    public var textA: String
    /// The second report's wording.
    public var textB: String
    /// Comparable characters (Han characters and digits) the passage spans, in the report where
    /// it is longer.
    public var length: Int
    /// Of those, the ones both reports have word for word (the rest are small edits).
    public var identical: Int

    public init(a: TextRange, b: TextRange, textA: String, textB: String, length: Int, identical: Int) {
        self.a = a
        self.b = b
        self.textA = textA
        self.textB = textB
        self.length = length
        self.identical = identical
    }
}
