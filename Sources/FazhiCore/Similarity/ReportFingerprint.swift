/// A report's fingerprint: for each part kind it contains, the part's shingle set and signature.
///
/// Small and `Codable`, so a corpus can store one per report, compare thousands of them without
/// their texts (``Similarity``'s `compare` of two fingerprints) and find near copies among them
/// (``Similarity/nearCopies(of:among:options:index:)``, through ``MinHashLSH``). Shared passages
/// need the texts: see ``ComparableReport``.
public struct ReportFingerprint: Sendable, Hashable, Codable {
    /// How the fingerprint was made; only fingerprints of the same scheme compare.
    public var scheme: FingerprintScheme
    /// The report's name (its file name, or a corpus id).
    public var name: String
    /// One fingerprint per part kind present, in the order of ``PartKind/allCases``.
    public var parts: [PartFingerprint]

    public init(scheme: FingerprintScheme, name: String, parts: [PartFingerprint]) {
        self.scheme = scheme
        self.name = name
        self.parts = parts
    }

    /// The fingerprint of the parts of `kind`, if the report has any.
    public subscript(kind: PartKind) -> PartFingerprint? {
        parts.first { $0.kind == kind }
    }

    /// The fingerprint of a report's analysis and decoded input.
    public init(analysis: Analysis, document: SourceDocument) {
        self = ComparableReport(analysis: analysis, document: document).fingerprint
    }
}
