/// A division's full name found in a text, e.g. 朝阳区 at code points 120..<123.
public struct DivisionMention: Sendable, Hashable {
    /// The name as written, e.g. 朝阳区.
    public var name: String
    /// Where it stands, in Unicode code points of the searched text.
    public var range: TextRange
    /// The divisions the name can stand for: one, or several for a name such as 朝阳区 or 鼓楼区 (narrowed
    /// to one when the text names the parent right before it, as in 北京市朝阳区).
    public var candidates: [Division]
    /// Indices of `candidates` in the gazetteer.
    let indices: [Int]

    init(name: String, range: TextRange, indices: [Int], in gazetteer: Gazetteer) {
        self.name = name
        self.range = range
        self.indices = indices
        candidates = indices.map { gazetteer.divisions[$0] }
    }

    /// The division meant, when the name is not ambiguous.
    public var division: Division? {
        candidates.count == 1 ? candidates.first : nil
    }
}
