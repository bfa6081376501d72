/// Turns a decoded report into its ``Analysis``: script, structure, metadata, figures, findings.
///
/// Every stage works on the normalized (simplified) text, which is aligned code point for code
/// point with the readable text of the input; ranges are mapped back into the decoded original at
/// the end, so they point where the reader sees the words.
public struct Analyzer: Sendable {
    /// Identifies what the analysis of a stored report was made with: the code's revision and the
    /// versions of the domain data. `fazhi reanalyze` re-analyzes reports stored under another one.
    public static let version: String = {
        "analyzer-4;catalog-\(IndicatorCatalog.shared.version);rules-\(RuleBook.shared.rules.count)"
    }()

    public var normalizer: ScriptNormalizer
    public var checks: [any Check]
    /// Reads the framework coverage (its tuning can be changed to study the tagger).
    public var framework: FrameworkReader

    public init(
        normalizer: ScriptNormalizer = .shared, checks: [any Check] = Checks.all, framework: FrameworkReader = .init()
    ) {
        self.normalizer = normalizer
        self.checks = checks
        self.framework = framework
    }

    /// Analyzes `document`. `publishedOn` (YYYY-MM-DD), when the user knows it, replaces the
    /// publication date read from the page.
    public func analyze(_ document: SourceDocument, publishedOn: String? = nil) -> Analysis {
        analyzeKeepingText(document, publishedOn: publishedOn).analysis
    }

    /// The analysis and the normalized (simplified) readable text it was made from, aligned code
    /// point for code point with `document.text` (the corpus indexes it for search).
    public func analyzeKeepingText(
        _ document: SourceDocument, publishedOn: String? = nil
    ) -> (analysis: Analysis, normalized: [Unicode.Scalar]) {
        let source = document.text.scalarArray
        let normalized = normalizer.normalize(source)
        let layout = TextLayout(normalized.simplified)

        let extracted = MetadataExtractor().extract(layout, script: normalized.script)
        var metadata = extracted.metadata
        if let publishedOn { metadata.publishedOn = publishedOn }
        JurisdictionResolver().complete(&metadata, layout: layout, body: extracted.body)

        let outline = OutlineBuilder().build(layout, body: extracted.body, original: source)
        let parts = PartClassifier().classify(outline, layout: layout, reportYear: metadata.reportYear, original: source)
        let quantities = FigureReader().read(layout, source: source, body: extracted.body)

        let framework = self.framework.read(layout, body: extracted.body, outline: outline, parts: parts,
                                            reportYear: metadata.reportYear)

        let context = CheckContext(layout: layout, metadata: metadata, parts: parts, quantities: quantities,
                                   framework: framework, invalidBytes: document.invalidBytes,
                                   ocrConfidence: document.ocrConfidence)
        let findings = checks.flatMap { $0.run(context) }

        let kind = DocumentClassifier.shared.classify(layout, title: metadata.title)

        var analysis = Analysis(
            source: SourceInfo(name: document.name, format: document.format.rawValue, encoding: document.encoding,
                               characters: document.offsets == nil ? source.count : document.original.unicodeScalars.count,
                               pageStarts: document.pageStarts, ocrConfidence: document.ocrConfidence),
            metadata: metadata, parts: parts, outline: outline, quantities: quantities, findings: findings,
            framework: framework, document: kind)
        if document.offsets != nil { analysis.mapRanges(document.originalRange) }
        return (analysis, normalized.simplified)
    }
}

extension Analysis {
    /// Rewrites every range through `map` (readable text → decoded original).
    mutating func mapRanges(_ map: (TextRange) -> TextRange) {
        parts = parts.map { var p = $0; p.range = map(p.range); return p }
        func mapSection(_ s: Section) -> Section {
            var s = s
            s.range = map(s.range)
            s.headingRange = map(s.headingRange)
            s.children = s.children.map(mapSection)
            return s
        }
        outline = outline.map(mapSection)
        quantities = quantities.map { q in
            var q = q
            q.range = map(q.range)
            q.sentence = q.sentence.map(map)
            return q
        }
        findings = findings.map { f in var f = f; f.range = f.range.map(map); return f }
        framework = framework?.mappingRanges(map)
    }
}
