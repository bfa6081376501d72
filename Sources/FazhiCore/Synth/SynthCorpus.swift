import Foundation

/// A reproducible corpus of synthetic 法治政府建设年度报告 for tests and benchmarks.
///
/// Report `i` of a seed is always the same bytes: it is a pure function of `(seed, i)`, so a
/// corpus can be generated in any order, in parallel, or one report at a time. Each report is
/// composed from the phrase banks of `synth.json` for a real division of the gazetteer, and comes
/// with the ``SynthTruth`` it planted.
///
/// ```swift
/// let corpus = try SynthCorpus(seed: 7)
/// let report = corpus.report(42)
/// report.path          // "000/r000042.txt"
/// report.truth.level   // .district
/// ```
public struct SynthCorpus: Sendable {
    public let seed: UInt64
    let bank: SynthBank
    let places: SynthPlaces
    let catalogUnits: [String: String]
    /// Simplified → traditional converters by OpenCC configuration (`s2t`, `s2tw`, `s2twp`).
    let converters: [String: ConverterPool]
    /// Finds the bank's traps in a report (index into `bank.traps`).
    let trapFinder: ScalarTrie<Int>

    /// How the name of a body ends (a title opening with 雁山区 names a place, not its government).
    static let organizationEndings = ["人民政府", "办事处", "街道", "镇", "乡", "局", "厅", "委员会"]

    /// Reports per folder of a corpus written to disk.
    public static let folderSize = 1000

    /// Opens the phrase banks and OpenCC's `s2t`/`s2tw`/`s2twp` converters (traditional reports).
    public init(seed: UInt64 = 1, bank: SynthBank = .shared, gazetteer: Gazetteer = .shared) throws {
        self.seed = seed
        self.bank = bank
        places = SynthPlaces(gazetteer: gazetteer)
        catalogUnits = Dictionary(IndicatorCatalog.shared.indicators.map { ($0.id, $0.unit) }) { a, _ in a }
        var converters: [String: ConverterPool] = [:]
        for config in ["s2t", "s2tw", "s2twp"] { converters[config] = try ConverterPool(config: config) }
        self.converters = converters
        trapFinder = ScalarTrie(bank.traps.enumerated().map { ($1, $0) })
    }

    /// Where report `index` goes in a corpus folder: `003/r003141.html`.
    static func path(for index: Int, format: SynthPlan.Format) -> String {
        "\(folder(for: index))/r\(padded(index, 6)).\(format.fileExtension)"
    }

    /// The subfolder of report `index`: `003` for reports 3000–3999.
    public static func folder(for index: Int) -> String {
        padded(index / folderSize, 3)
    }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Report `index`: its bytes, where it goes, and what it planted. Fails only when a .docx
    /// cannot be packed.
    public func report(_ index: Int) throws(SynthFailure) -> SynthReport {
        let plan = SynthPlan.make(seed: seed, index: index, bank: bank)
        var bodyRandom = SynthRandom(seed: seed, index: index, stream: .body)
        let body = SynthBody.make(level: plan.level, places: places, bank: bank, rng: &bodyRandom)
        let figures = SynthFigures(
            specs: bank.figures, catalogUnits: catalogUnits, scale: bank.levelScale[plan.level.rawValue] ?? 1,
            contradict: plan.contradictRate, rng: SynthRandom(seed: seed, index: index, stream: .figures))
        var composer = SynthComposer(bank: bank, plan: plan, body: body, seed: seed, figures: figures)
        var draft = composer.compose()
        if plan.halfWidth { draft = draft.halfWidth() }

        var pageRandom = SynthRandom(seed: seed, index: index, stream: .page)
        let converter = plan.conversion.flatMap { converters[$0] }
        var traps: [String]
        let data: Data
        let encoding: TextEncoding
        switch plan.format {
        case .docx:
            traps = findTraps(in: draft.body.map(\.text).joined(separator: "\n"), asOf: composer.names["asOf"])
            let written = converter.map { draft.map($0.convert) } ?? draft
            do {
                data = try SynthDocx.data(written, signed: plan.signed, coreTitle: pageRandom.chance(0.5))
            } catch {
                throw SynthFailure(path: Self.path(for: index, format: plan.format), reason: error.description)
            }
            encoding = .utf8
        case .text, .html:
            var text = plan.format == .html
                ? SynthPage.wrap(draft, plan: plan, bank: bank, names: composer.names, rng: &pageRandom)
                : SynthLayout.text(draft, plan: plan, rng: &pageRandom)
            traps = findTraps(in: text, asOf: composer.names["asOf"])
            if let converter { text = converter.convert(text) }
            if plan.crlf { text = text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n") }
            (data, encoding) = Self.encode(text, as: plan.encoding, page: plan.format == .html, rng: &pageRandom)
        }
        traps += composer.figures.traps + draft.dateTexts
        if let converter { traps = traps.map(converter.convert) }

        let path = Self.path(for: index, format: plan.format)
        // Where the analyzer can read the issuer: the 落款, a 发布机构 field, a title opening with it.
        let titleName = composer.names["titleName"] ?? ""
        let issuerNamed = composer.wroteSignature || draft.meta.contains { $0.contains(body.issuer) }
            || (plan.format == .html && plan.metaBlock)
            || (draft.title != nil && Self.organizationEndings.contains { titleName.hasSuffix($0) })
        let defects = SynthTruth.defects(
            parts: plan.parts, title: draft.title, issuerNamed: issuerNamed, publishedOn: draft.publishedOn, signedOn: draft.signedOn,
            level: body.level, reportYear: plan.year, rate: composer.figures.rate,
            wroteRectification: composer.wroteRectification, wrotePlanYearError: composer.wrotePlanYearError)
        let truth = SynthTruth(
            file: path, index: index, title: draft.title, issuer: body.issuer, jurisdiction: body.jurisdiction,
            level: body.level, reportYear: plan.year, planYear: plan.planYear, publishedOn: draft.publishedOn,
            signedOn: draft.signedOn, publishedLate: plan.publishedLate, script: plan.script, conversion: plan.conversion,
            encoding: encoding.rawValue, format: plan.format.rawValue, parts: plan.parts,
            inlineShortcomings: plan.inlineShortcomings, headingStyle: plan.topStyle.rawValue,
            indicators: composer.figures.planted, rate: composer.figures.rate, defects: defects,
            copiedFrom: plan.copySource.map { Self.path(for: $0, format: SynthPlan.make(seed: seed, index: $0, bank: bank).format) },
            traps: traps.filter { !$0.isEmpty }, halfWidthPunctuation: plan.halfWidth, crlf: plan.crlf, bytes: data.count)
        return SynthReport(path: path, data: data, truth: truth)
    }

    /// The bank's traps found in `text` (simplified), in the bank's order, and the 截至 date.
    private func findTraps(in text: String, asOf: String?) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let found = Set(trapFinder.allMatches(in: scalars).map(\.value))
        var traps = bank.traps.indices.filter(found.contains).map { bank.traps[$0] }
        if let asOf, !asOf.isEmpty, ByteSearch.contains(asOf, in: Array(text.utf8)) { traps.append(asOf) }
        return traps
    }

    /// The bytes of `text` in `encoding`, a page's `{{charset}}` declaring it; UTF-8 when a
    /// character cannot be written in the legacy encoding (Big5 lacks a few of OpenCC's forms).
    static func encode(_ text: String, as encoding: TextEncoding, page: Bool, rng: inout SynthRandom) -> (Data, TextEncoding) {
        func declared(_ e: TextEncoding) -> String {
            switch e {
            case .gb18030: rng.pick(["gb2312", "GBK", "gb18030"])
            case .big5: rng.pick(["big5", "Big5"])
            case .utf16LE, .utf16BE: "utf-16"
            default: rng.pick(["utf-8", "UTF-8"])
            }
        }
        func declaring(_ e: TextEncoding) -> String {
            page ? SynthTemplate.fillFields(text, ["charset": declared(e)]) : text
        }
        if encoding != .utf8, let data = encoding.encode(declaring(encoding)) {
            return (data, encoding)
        }
        return (Data(declaring(.utf8).utf8), .utf8)
    }
}
