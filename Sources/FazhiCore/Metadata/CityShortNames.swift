/// Prefecture-level cities by their bare short names (汕尾, 绍兴), for a report that speaks as a
/// city (市政府坚持…, 我局) without naming itself in full: 汕尾在全省…, 考察绍兴重要讲话.
///
/// Short names that are also everyday words or parts of other names (`metadata.json`'s
/// `cityShortNamesAlsoWords`), or that a province shares (吉林), are left out.
struct CityShortNames: Sendable {
    let names: ScalarTrie<Int>
    let gazetteer: Gazetteer

    static let shared = CityShortNames(gazetteer: .shared, vocabulary: .shared)

    init(gazetteer: Gazetteer, vocabulary: MetadataVocabulary) {
        self.gazetteer = gazetteer
        let provinces = Set(gazetteer.divisions.filter { $0.level == .province }.map(\.shortName))
        var byName: [String: [Int]] = [:]
        for (i, division) in gazetteer.divisions.enumerated() where division.level == .city {
            let short = division.shortName
            guard short != division.name, short.unicodeScalars.count >= 2, !provinces.contains(short),
                  !vocabulary.cityShortNamesAlsoWords.contains(short) else { continue }
            byName[short, default: []].append(i)
        }
        names = ScalarTrie(byName.compactMap { $0.value.count == 1 ? ($0.key, $0.value[0]) : nil })
    }

    /// The city whose bare short name opens a paragraph, after its year: 2024年,广州坚持… → 广州市.
    func leadingCity(_ paragraph: ArraySlice<Unicode.Scalar>) -> Int? {
        let scalars = Array(paragraph.prefix(16).filter { !$0.isBlank })
        var start = 0
        if scalars.count > 6, scalars[0..<4].allSatisfy(\.isDigit), scalars[4] == "年", scalars[5] == "," || scalars[5] == "，" {
            start = 6
        }
        guard let match = names.longestMatch(in: scalars, at: start) else { return nil }
        let end = start + match.length
        // 广州市 is a full name the gazetteer reads itself; 广州坚持 is the bare name.
        guard end < scalars.count, scalars[end] != "市", scalars[end] != "州" else { return nil }
        return match.value
    }

    /// The cities named by a bare short name in `text`, outside the full names already found
    /// (`mentions`) and not as the start of a township's name (广安门内街道).
    func cities(in text: [Unicode.Scalar], outside mentions: [DivisionMention], townships: TownshipIndex = .shared) -> [Int] {
        var found: [Int] = []
        for match in names.matches(in: text) {
            let range = TextRange(match.range)
            guard !mentions.contains(where: { $0.range.overlaps(range) }) else { continue }
            if let township = townships.match(in: text, at: match.range.lowerBound), township.length > match.range.count { continue }
            found.append(match.value)
        }
        return found
    }
}
