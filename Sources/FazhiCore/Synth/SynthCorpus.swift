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
    let s2t: OpenCCConverter
    let s2twp: OpenCCConverter

    /// Reports per folder of a corpus written to disk.
    public static let folderSize = 1000

    /// Opens the phrase banks and OpenCC's `s2t`/`s2twp` converters (traditional reports).
    public init(seed: UInt64 = 1, bank: SynthBank = .shared, gazetteer: Gazetteer = .shared) throws {
        self.seed = seed
        self.bank = bank
        places = SynthPlaces(gazetteer: gazetteer)
        catalogUnits = Dictionary(IndicatorCatalog.shared.indicators.map { ($0.id, $0.unit) }) { a, _ in a }
        s2t = try OpenCCConverter(config: "s2t")
        s2twp = try OpenCCConverter(config: "s2twp")
    }

    /// Where report `index` goes in a corpus folder: `003/r003141.html`.
    public static func path(for index: Int, format: String) -> String {
        "\(folder(for: index))/r\(padded(index, 6)).\(format == "html" ? "html" : "txt")"
    }

    /// The subfolder of report `index`: `003` for reports 3000–3999.
    public static func folder(for index: Int) -> String {
        padded(index / folderSize, 3)
    }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Report `index`: its bytes, where it goes, and what it planted.
    public func report(_ index: Int) -> SynthReport {
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
        var text = plan.format == .html
            ? SynthPage.wrap(draft, plan: plan, bank: bank, names: composer.names, rng: &pageRandom)
            : SynthLayout.text(draft, plan: plan, rng: &pageRandom)
        let candidates = bank.traps + [composer.names["asOf"] ?? ""].filter { !$0.isEmpty }
        var traps = candidates.filter { text.contains($0) } + composer.figures.traps + draft.dateTexts
        if plan.script == .traditional {
            let converter = plan.conversion == "s2twp" ? s2twp : s2t
            text = converter.convert(text)
            traps = traps.map { converter.convert($0) }
        }
        if plan.crlf { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
        let (data, encoding) = Self.encode(text, as: plan.encoding, rng: &pageRandom)

        let path = Self.path(for: index, format: plan.format.rawValue)
        let truth = SynthTruth(
            file: path, index: index, title: draft.title, issuer: body.issuer, jurisdiction: body.jurisdiction,
            level: body.level, reportYear: plan.year, planYear: plan.planYear, publishedOn: draft.publishedOn,
            signedOn: draft.signedOn, publishedLate: plan.publishedLate, script: plan.script, conversion: plan.conversion,
            encoding: encoding.rawValue, format: plan.format.rawValue, parts: plan.parts,
            inlineShortcomings: plan.inlineShortcomings, headingStyle: plan.topStyle.rawValue,
            indicators: composer.figures.planted, rate: composer.figures.rate,
            copiedFrom: plan.copySource.map { Self.path(for: $0, format: SynthPlan.make(seed: seed, index: $0, bank: bank).format.rawValue) },
            traps: traps.filter { !$0.isEmpty }, halfWidthPunctuation: plan.halfWidth, crlf: plan.crlf, bytes: data.count)
        return SynthReport(path: path, data: data, truth: truth)
    }

    /// The bytes of `text` in `encoding`, the page's `{{charset}}` declaring it; UTF-8 when a
    /// character cannot be written in the legacy encoding (Big5 lacks some of OpenCC's output).
    static func encode(_ text: String, as encoding: TextEncoding, rng: inout SynthRandom) -> (Data, TextEncoding) {
        func declared(_ e: TextEncoding) -> String {
            switch e {
            case .gb18030: rng.pick(["gb2312", "GBK", "gb18030"])
            case .big5: rng.pick(["big5", "Big5"])
            default: rng.pick(["utf-8", "UTF-8"])
            }
        }
        if encoding != .utf8, let data = encoding.encode(text.replacingOccurrences(of: "{{charset}}", with: declared(encoding))) {
            return (data, encoding)
        }
        return (Data(text.replacingOccurrences(of: "{{charset}}", with: declared(.utf8)).utf8), .utf8)
    }
}
