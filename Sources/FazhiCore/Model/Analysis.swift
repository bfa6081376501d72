/// Where an analysis came from: the file, its format and encoding.
public struct SourceInfo: Sendable, Hashable, Codable {
    public var name: String
    public var format: String
    public var encoding: String
    /// Length of the decoded original text, in code points.
    public var characters: Int
    /// Where each page starts in the text (paged formats: PDF, scans); `nil` otherwise.
    public var pageStarts: [Int]?
    /// The OCR engine's confidence in each page it read; `nil` when nothing was read by OCR.
    public var ocrConfidence: [OCRPageConfidence]?

    public init(name: String, format: String, encoding: String, characters: Int, pageStarts: [Int]? = nil,
                ocrConfidence: [OCRPageConfidence]? = nil) {
        self.name = name
        self.format = format
        self.encoding = encoding
        self.characters = characters
        self.pageStarts = pageStarts
        self.ocrConfidence = ocrConfidence
    }

    /// The page (from 1) the text offset `offset` lies on; `nil` for formats without pages.
    public func page(at offset: Int) -> Int? {
        guard let pageStarts, !pageStarts.isEmpty else { return nil }
        return max(1, pageStarts.partitionPoint { $0 > offset })
    }
}

/// The analysis of one report: the contract of `fazhi analyze --format json` (DOMAIN.md).
public struct Analysis: Sendable, Hashable, Codable {
    public var source: SourceInfo
    public var metadata: Metadata
    public var parts: [Part]
    public var outline: [Section]
    public var quantities: [Quantity]
    public var findings: [Finding]
    /// How the report covers the framework areas (纲要) of its year; `nil` when not read.
    public var framework: FrameworkCoverage?
    /// What kind of document it is (a rule-of-law report or one of its neighbours); `nil` in
    /// analyses stored before the classifier existed.
    public var document: DocumentClassification?

    public init(
        source: SourceInfo, metadata: Metadata, parts: [Part], outline: [Section],
        quantities: [Quantity], findings: [Finding], framework: FrameworkCoverage? = nil,
        document: DocumentClassification? = nil
    ) {
        self.source = source
        self.metadata = metadata
        self.parts = parts
        self.outline = outline
        self.quantities = quantities
        self.findings = findings
        self.framework = framework
        self.document = document
    }
}
