/// The stop passages of `Resources/boilerplate.json`: formulae every report legitimately shares.
///
/// 以习近平新时代中国特色社会主义思想为指导, the titles of the governing documents and the mandated
/// part headings appear in every report; shared, they say nothing about copying. The comparison
/// leaves out every shingle that touches one, so "copied" means copied substance. Passages are
/// matched on the comparable text (Han characters and digits), whatever their punctuation.
public struct BoilerplateList: Sendable {
    struct File: Codable {
        var version: Int
        var about: String
        var passages: [String]
    }

    /// The list's version, recorded in every fingerprint made with it.
    public let version: Int
    /// The passages as comparable units (Han characters and digits).
    public let passages: [String]
    private let trie: ScalarTrie<Bool>

    public static let shared = BoilerplateList(DomainResources.load("boilerplate.json", as: File.self))

    init(_ file: File) {
        self.init(version: file.version, passages: file.passages)
    }

    /// A list of `passages` as written (punctuation is ignored).
    public init(version: Int, passages: [String]) {
        self.version = version
        let units = passages.map { p in String(scalars: p.unicodeScalars.compactMap(ComparableText.unit)) }
            .filter { !$0.isEmpty }
        self.passages = units
        trie = ScalarTrie(units.map { ($0, true) })
    }

    /// For each unit of `units`, whether it lies in an occurrence of a stop passage.
    public func covered(_ units: [Unicode.Scalar]) -> [Bool] {
        var mask = [Bool](repeating: false, count: units.count)
        guard !trie.isEmpty else { return mask }
        for match in trie.allMatches(in: units) {
            for i in match.range { mask[i] = true }
        }
        return mask
    }
}
