/// Where an analysis came from: the file, its format and encoding.
public struct SourceInfo: Sendable, Hashable, Codable {
    public var name: String
    public var format: String
    public var encoding: String
    /// Length of the decoded original text, in code points.
    public var characters: Int

    public init(name: String, format: String, encoding: String, characters: Int) {
        self.name = name
        self.format = format
        self.encoding = encoding
        self.characters = characters
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
