import FazhiCore
import FazhiDraft
import Foundation

/// One thing fuzzed: a function of Fazhi that takes untrusted bytes, the seeds it starts from and
/// how inputs are made from them. A target must return for every input; it may refuse it.
public struct FuzzTarget: Sendable {
    public var name: String
    /// What the target covers, for `fazhi-fuzz --list` and docs/fuzzing.md.
    public var about: String
    public var seeds: @Sendable (SeedCorpus) -> [[UInt8]]
    /// The input of one execution from a seed and a splice partner.
    public var generate: @Sendable (_ seed: [UInt8], _ other: [UInt8], _ corpus: SeedCorpus, _ random: inout FuzzRandom) -> [UInt8]
    public var run: @Sendable ([UInt8]) -> Void

    static func bytes(_ seed: [UInt8], _ other: [UInt8], _ corpus: SeedCorpus, _ random: inout FuzzRandom) -> [UInt8] {
        Mutator().mutate(seed, other: other, random: &random)
    }

    /// The scalars of `bytes` read as UTF-8 (with “�” for what is not), as the passes after the reader see text.
    static func scalars(_ bytes: [UInt8]) -> [Unicode.Scalar] {
        String(decoding: bytes, as: UTF8.self).scalarArray
    }

    public static let all: [FuzzTarget] = [text, html, docx, numbers, metadata, structure, ledger]

    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    static let text = FuzzTarget(
        name: "text", about: "InputReader on a .txt: binary sniffing, BOMs, UTF-16, UTF-8, GB18030, Big5, lenient decoding",
        seeds: { $0.texts + $0.legacy }, generate: bytes,
        run: { _ = try? InputReader.decode(data: Data($0), name: "fuzz.txt") })

    static let html = FuzzTarget(
        name: "html", about: "InputReader on an .html: charset declarations, the lexer, entities, chrome, the text builder",
        seeds: { $0.pages }, generate: bytes,
        run: { _ = try? InputReader.decode(data: Data($0), name: "fuzz.html") })

    /// A third of the inputs break the zip structure, a third break bytes anywhere, a third are a
    /// well-formed stored archive around a mutated `word/document.xml`.
    static let docx = FuzzTarget(
        name: "docx", about: "InputReader on a .docx: the zip directory checks, inflating, the WordprocessingML scan, the title",
        seeds: { $0.docx },
        generate: { seed, other, corpus, random in
            switch random.below(3) {
            case 0: return ZipMutator().mutate(seed, random: &random)
            case 1: return Mutator().mutate(seed, other: other, random: &random)
            default:
                let xml = corpus.documentXML[random.below(corpus.documentXML.count)]
                let mutated = Mutator().mutate(xml, other: xml, random: &random)
                return StoredZip.archive([("word/document.xml", mutated), ("docProps/core.xml", Array("<dc:title>&#x4E2D;</dc:title>".utf8))])
            }
        },
        run: { _ = try? InputReader.decode(data: Data($0), name: "fuzz.docx") })

    static let numbers = FuzzTarget(
        name: "numbers", about: "QuantityScanner: Arabic and Chinese numerals, units, percentages, changes, context",
        seeds: { $0.texts }, generate: bytes,
        run: { _ = QuantityScanner().scan(scalars($0)) })

    static let metadata = FuzzTarget(
        name: "metadata", about: "MetadataExtractor: title, issuer, level, year, dates, the signature block",
        seeds: { $0.texts }, generate: bytes,
        run: { _ = MetadataExtractor().extract(TextLayout(scalars($0)), script: .simplified) })

    static let structure = FuzzTarget(
        name: "structure", about: "OutlineBuilder and PartClassifier: headings, their levels, the mandated parts",
        seeds: { $0.texts }, generate: bytes,
        run: { bytes in
            let source = scalars(bytes)
            let layout = TextLayout(source)
            let extracted = MetadataExtractor().extract(layout, script: .simplified)
            let outline = OutlineBuilder().build(layout, body: extracted.body, original: source)
            _ = PartClassifier().classify(outline, layout: layout, reportYear: extracted.metadata.reportYear, original: source)
        })

    static let ledger = FuzzTarget(
        name: "ledger", about: "LedgerReader: YAML/JSON parsing, anchors and aliases, validation against the catalog",
        seeds: { $0.ledgers }, generate: bytes,
        run: { _ = try? LedgerReader().read(String(decoding: $0, as: UTF8.self), name: "fuzz.yaml") })
}

/// The executions of one target from one seed: execution `index` always gets the same input.
public struct FuzzRun: Sendable {
    public var target: FuzzTarget
    public var corpus: SeedCorpus
    public var seed: UInt64
    private let seeds: [[UInt8]]

    public init(target: FuzzTarget, corpus: SeedCorpus, seed: UInt64) {
        self.target = target
        self.corpus = corpus
        self.seed = seed
        seeds = target.seeds(corpus).filter { !$0.isEmpty }
    }

    /// Whether the target has seeds to start from.
    public var hasSeeds: Bool { !seeds.isEmpty }

    /// The input of execution `index`.
    public func input(_ index: UInt64) -> [UInt8] {
        guard !seeds.isEmpty else { return [] }
        var random = FuzzRandom(seed: seed, index: index)
        let base = seeds[random.below(seeds.count)]
        let other = seeds[random.below(seeds.count)]
        return target.generate(base, other, corpus, &random)
    }

    /// Runs executions `range`.
    public func run(_ range: Range<UInt64>) {
        for index in range { target.run(input(index)) }
    }
}
