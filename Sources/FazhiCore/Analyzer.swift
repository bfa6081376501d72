/// Turns a decoded report into its ``Analysis``: script, structure, metadata, figures, findings.
public struct Analyzer: Sendable {
    public init() {}

    public func analyze(_ document: SourceDocument) -> Analysis {
        let scalars = Array(document.text.unicodeScalars)
        let normalized = ScriptNormalizer.shared.normalize(scalars)
        var metadata = Metadata(script: normalized.script)
        metadata.title = nil
        return Analysis(
            source: SourceInfo(name: document.name, format: document.format.rawValue,
                               encoding: document.encoding, characters: document.original.unicodeScalars.count),
            metadata: metadata, parts: [], outline: [], quantities: [], findings: [])
    }
}
