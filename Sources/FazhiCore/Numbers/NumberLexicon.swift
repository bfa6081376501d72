/// The words of the number grammar, loaded once from `Resources/numbers.json` and `units.json`.
///
/// Every list is turned into a trie (or a backward trie for words before a number) so the scanner
/// reads them at a figure's edges without building substrings.
struct NumberLexicon: Sendable {
    /// What a word right before a number does to it.
    enum Before: Sendable, Equatable {
        case approx(Approx)
        /// +1 for 增长/提升, -1 for 下降/减少.
        case change(Int)
        case neutral
        case block
        /// 数/几/上: makes a Chinese numeral starting with 十/百/千 vague (数十件).
        case vague
    }

    struct Unit: Sendable {
        var unit: String
        var approx: Approx?
    }

    struct Enclosure: Sendable, Decodable {
        var open: String
        var close: String
        var limit: Int
    }

    let before: BackwardTrie<Before>
    let bases: BackwardTrie<String>
    /// A word before the number that, with one of the units, makes no quantity (近两年, 前3名, 九次全会).
    let pairedBlocks: [(before: BackwardTrie<Bool>, units: Set<String>)]
    let between: ScalarTrie<Approx>
    let after: ScalarTrie<Approx>
    let units: ScalarTrie<Unit>
    let falseUnits: ScalarTrie<Bool>
    let followers: ScalarTrie<Bool>
    let setPhrases: ScalarTrie<Bool>
    /// How far before a numeral a set phrase may start (双随机、一公开: 4).
    let setPhraseLead: Int
    /// Closing scalar and content limit per enclosure, indexed by `classTable` codes above 0x80.
    let enclosures: [(close: Unicode.Scalar, limit: Int)]
    /// Per BMP scalar: the numeral code of ``NumeralScalar`` (1…38), 0x80 + k for the k-th opener, or 0.
    let classTable: [UInt8]

    static let shared = NumberLexicon(
        DomainResources.load("numbers.json", as: NumbersFile.self),
        DomainResources.load("units.json", as: UnitsFile.self))

    init(_ file: NumbersFile, _ unitFile: UnitsFile) {
        var before: [(String, Before)] = []
        for (kind, words) in file.approxBefore {
            guard let approx = Approx(rawValue: kind) else { continue }
            before += words.map { ($0, .approx(approx)) }
        }
        for (direction, words) in file.changeBefore {
            let sign = direction == "down" ? -1 : 1
            before += words.flatMap { [($0, .change(sign)), ($0 + "了", .change(sign))] }
        }
        before += file.neutralBefore.map { ($0, .neutral) }
        before += file.vagueBefore.map { ($0, .vague) }
        before += file.blockBefore.map { ($0, .block) }
        self.before = BackwardTrie(before)
        bases = BackwardTrie(file.changeBases.map { ($0.word, $0.base) })
        pairedBlocks = file.pairedBlocks.map { (BackwardTrie($0.before.map { ($0, true) }), Set($0.units)) }
        between = Self.approxTrie(file.approxBetween)
        after = Self.approxTrie(file.approxAfter)
        units = ScalarTrie(unitFile.units.map {
            ($0.surface, Unit(unit: $0.unit ?? $0.surface, approx: $0.approx.flatMap(Approx.init(rawValue:))))
        })
        falseUnits = ScalarTrie(unitFile.falseUnitWords.map { ($0, true) })
        followers = ScalarTrie(file.nameFollowers.map { ($0, true) })
        setPhrases = ScalarTrie(file.setPhrases.map { ($0, true) })
        setPhraseLead = file.setPhrases.map { phrase in
            phrase.unicodeScalars.firstIndex(where: { NumeralScalar.code($0) != 0 })
                .map { phrase.unicodeScalars.distance(from: phrase.unicodeScalars.startIndex, to: $0) } ?? 0
        }.max() ?? 0
        var table = NumeralScalar.table
        var enclosures: [(close: Unicode.Scalar, limit: Int)] = []
        for e in file.enclosures {
            guard let open = e.open.unicodeScalars.first, let close = e.close.unicodeScalars.first,
                  open.value < 0x10000, enclosures.count < 0x7F
            else { continue }
            enclosures.append((close, e.limit))
            table[Int(open.value)] = UInt8(0x80 + enclosures.count - 1)
        }
        self.enclosures = enclosures
        classTable = table
    }

    private static func approxTrie(_ lists: [String: [String]]) -> ScalarTrie<Approx> {
        var trie = ScalarTrie<Approx>()
        for (kind, words) in lists {
            guard let approx = Approx(rawValue: kind) else { continue }
            for word in words { trie.insert(word, approx) }
        }
        return trie
    }
}

/// `Resources/numbers.json`.
struct NumbersFile: Decodable {
    struct Base: Decodable {
        var word: String
        var base: String
    }

    var version: Int
    var about: String
    var approxBefore: [String: [String]]
    var approxBetween: [String: [String]]
    var approxAfter: [String: [String]]
    struct PairedBlock: Decodable {
        var before: [String]
        var units: [String]
        var why: String
    }

    var pairedBlocks: [PairedBlock]
    var changeBefore: [String: [String]]
    var changeBases: [Base]
    var neutralBefore: [String]
    var blockBefore: [String]
    var vagueBefore: [String]
    var nameFollowers: [String]
    var setPhrases: [String]
    var enclosures: [NumberLexicon.Enclosure]
}

/// `Resources/units.json`.
struct UnitsFile: Decodable {
    struct Entry: Decodable {
        var surface: String
        var unit: String?
        var approx: String?
    }

    var version: Int
    var about: String
    var units: [Entry]
    var falseUnitWords: [String]
}
