/// Compares reports part by part: how much wording they share, and where.
///
/// From two ``ComparableReport``s (texts at hand) the results carry the shared passages with their
/// ranges in both originals; from two ``ReportFingerprint``s (a corpus) only the scores. Pairs of
/// kinds that one of the reports lacks are left out.
public enum Similarity {
    /// Compares two reports made ready for comparison; passages included.
    public static func compare(
        _ a: ComparableReport, _ b: ComparableReport, options: SimilarityOptions = SimilarityOptions()
    ) throws -> [SimilarityResult] {
        try compare(a.fingerprint, b.fingerprint, options: options).map { result in
            var result = result
            guard result.shared > 0 else { return result }  // no shingle in common, no passage
            let matches = options.passages.matches(a, result.kindA, b, result.kindB)
            result.passages = matches.map { m in
                SharedPassage(a: a.text.originalRange(m.a), b: b.text.originalRange(m.b),
                              textA: a.quote(m.a), textB: b.quote(m.b), length: max(m.a.count, m.b.count), identical: m.identical)
            }
            return result
        }
    }

    /// Compares two analysed reports with their decoded inputs; passages included.
    public static func compare(
        _ a: Analysis, _ documentA: SourceDocument, _ b: Analysis, _ documentB: SourceDocument,
        options: SimilarityOptions = SimilarityOptions()
    ) throws -> [SimilarityResult] {
        try compare(ComparableReport(analysis: a, document: documentA),
                    ComparableReport(analysis: b, document: documentB), options: options)
    }

    /// Compares two fingerprints: scores and verdicts, no passages.
    /// - Throws: ``SimilarityError`` when they were made under different schemes.
    public static func compare(
        _ a: ReportFingerprint, _ b: ReportFingerprint, options: SimilarityOptions = SimilarityOptions()
    ) throws -> [SimilarityResult] {
        guard a.scheme == b.scheme else {
            throw SimilarityError(a: a.name, b: b.name, schemeA: a.scheme, schemeB: b.scheme)
        }
        return options.pairs.compactMap { pair in
            guard let pa = a[pair.a], let pb = b[pair.b] else { return nil }
            return SimilarityResult(pa, pb, options: options)
        }
    }

    /// A pair of fingerprints whose parts of one kind are near copies.
    public struct NearCopy: Sendable, Hashable {
        /// Indices into the fingerprints searched, `a < b`.
        public var a: Int
        public var b: Int
        public var result: SimilarityResult
    }

    /// The pairs among `fingerprints` whose parts of `kind` are `copied`, best first: candidates
    /// from ``MinHashLSH`` (no all-pairs comparison), each confirmed on the exact shingle sets.
    /// Fingerprints of another scheme than the first one's are skipped.
    public static func nearCopies(
        of kind: PartKind, among fingerprints: [ReportFingerprint], options: SimilarityOptions = SimilarityOptions(),
        index: MinHashLSH<Int> = MinHashLSH()
    ) -> [NearCopy] {
        guard let scheme = fingerprints.first?.scheme else { return [] }
        var index = index
        for (i, f) in fingerprints.enumerated() where f.scheme == scheme {
            if let part = f[kind] { index.insert(i, signature: part.signature) }
        }
        var found: [NearCopy] = []
        for (i, j) in index.candidatePairs() {
            guard let pa = fingerprints[i][kind], let pb = fingerprints[j][kind] else { continue }
            let result = SimilarityResult(pa, pb, options: options)
            if result.verdict == .copied { found.append(NearCopy(a: min(i, j), b: max(i, j), result: result)) }
        }
        return found.sorted { ($0.result.containment, $1.a, $1.b) > ($1.result.containment, $0.a, $0.b) }
    }
}
