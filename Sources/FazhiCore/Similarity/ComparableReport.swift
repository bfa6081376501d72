/// A report made ready for comparison: its comparable text cut into part kinds, with its
/// shingles and fingerprint.
///
/// Made once per report from its ``Analysis`` and decoded input, then compared with any number of
/// others (``Similarity``'s `compare`), shared passages included. A unit of
/// text belongs to the innermost part that contains it: a leadership item promoted out of the
/// measures part counts as leadership only, and the measures part is what is left around it.
public struct ComparableReport: Sendable {
    /// The report's name (its file name).
    public let name: String
    public let metadata: Metadata
    public let text: ComparableText
    /// The readable text in its original script, for quoting passages.
    public let readable: [Unicode.Scalar]
    /// For each unit of `text`, whether it lies in a stop passage (``BoilerplateList``).
    public let covered: [Bool]
    /// For each part kind present, its stretches of `text` in order.
    public let segments: [PartKind: [Range<Int>]]
    /// For each part kind present, its shingles (stop passages left out) in text order.
    public let shingles: [PartKind: [Shingler.Shingle]]
    public let fingerprint: ReportFingerprint

    public init(
        analysis: Analysis, document: SourceDocument, normalizer: ScriptNormalizer = .shared,
        boilerplate: BoilerplateList = .shared, shingler: Shingler = Shingler(), minHash: MinHash = MinHash()
    ) {
        name = document.name
        metadata = analysis.metadata
        readable = document.text.scalarArray
        text = ComparableText(document: document, normalizer: normalizer)
        covered = boilerplate.covered(text.units)
        segments = Self.segments(of: analysis.parts, in: text)
        var shingles: [PartKind: [Shingler.Shingle]] = [:]
        var parts: [PartFingerprint] = []
        for kind in PartKind.allCases {
            guard let stretches = segments[kind] else { continue }
            let found = shingler.shingles(of: text.units, in: stretches, covered: covered)
            shingles[kind] = found
            let set = Shingler.set(found)
            parts.append(PartFingerprint(
                kind: kind, characters: stretches.reduce(0) { $0 + $1.count }, shingles: set,
                signature: minHash.signature(set)))
        }
        self.shingles = shingles
        let scheme = FingerprintScheme(
            shingleSize: shingler.size, signatureSize: minHash.count, boilerplateVersion: boilerplate.version)
        fingerprint = ReportFingerprint(scheme: scheme, name: document.name, parts: parts)
    }

    /// The stretches of units of each kind, each unit given to the innermost part containing it.
    static func segments(of parts: [Part], in text: ComparableText) -> [PartKind: [Range<Int>]] {
        let kinds = PartKind.allCases
        var owner = [Int8](repeating: -1, count: text.count)
        for part in parts.sorted(by: { $0.range.length > $1.range.length }) {
            guard let k = kinds.firstIndex(of: part.kind) else { continue }
            for i in text.units(in: part.range) { owner[i] = Int8(k) }
        }
        var result: [PartKind: [Range<Int>]] = [:]
        var start = 0
        for i in 0...owner.count where i == owner.count || owner[i] != owner[start] {
            if start < i, owner[start] >= 0 { result[kinds[Int(owner[start])], default: []].append(start..<i) }
            start = i
        }
        return result
    }

    /// The readable text of `units[range]`, in the original script.
    public func quote(_ range: Range<Int>) -> String {
        let r = text.readableRange(range)
        return String(scalars: readable[r.clamped(to: 0..<readable.count)])
    }
}
