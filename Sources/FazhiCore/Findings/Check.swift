/// What a check sees of a report: its text, layout, metadata, parts and figures.
public struct CheckContext: Sendable {
    public var layout: TextLayout
    public var metadata: Metadata
    public var parts: [Part]
    public var quantities: [Quantity] {
        didSet { figures = FigureIndex(quantities) }
    }
    public var rules: RuleBook
    /// The framework coverage the analyzer read; checks read it themselves when it is `nil`.
    public var framework: FrameworkCoverage?
    /// The exact figures by indicator and sentence, kept in step with `quantities`.
    private(set) var figures: FigureIndex
    /// The bytes of the file that were read as U+FFFD, when there were any.
    public var invalidBytes: InvalidBytes?
    /// The OCR engine's confidence in each page it read, when the report was a scan.
    public var ocrConfidence: [OCRPageConfidence]?

    public init(
        layout: TextLayout, metadata: Metadata, parts: [Part], quantities: [Quantity], rules: RuleBook = .shared,
        framework: FrameworkCoverage? = nil, invalidBytes: InvalidBytes? = nil, ocrConfidence: [OCRPageConfidence]? = nil
    ) {
        self.layout = layout
        self.metadata = metadata
        self.parts = parts
        self.quantities = quantities
        figures = FigureIndex(quantities)
        self.rules = rules
        self.framework = framework
        self.invalidBytes = invalidBytes
        self.ocrConfidence = ocrConfidence
    }
}

/// One check of a report: it decides when its rule fires and points at the evidence.
public protocol Check: Sendable {
    /// The rule ids this check can report.
    var ruleIDs: [String] { get }
    func run(_ context: CheckContext) -> [Finding]
}

/// All checks, in the order their findings are listed.
public enum Checks {
    public static let all: [any Check] = [
        InvalidBytesCheck(), OCRConfidenceCheck(), PartsMissingCheck(), PartsOrderCheck(), MetadataMissingCheck(), TitleFormatCheck(), PublicationCheck(),
        DatingCheck(), PlanYearCheck(), RectificationCheck(), RateConsistencyCheck(), PartWholeCheck(),
        PercentCheck(), DuplicateFigureCheck(), FrameworkUncoveredCheck(), FrameworkOutdatedCheck(),
    ]

    public static func run(_ context: CheckContext) -> [Finding] {
        all.flatMap { $0.run(context) }
    }
}
