/// How much of one report's part the other report's part also says.
///
/// Verdicts order by seriousness: `copied` < `partial` < `distinct`.
public enum SimilarityVerdict: String, Sendable, Codable, Hashable, CaseIterable, Comparable {
    /// Containment at least ``SimilarityOptions/copiedContainment`` (one half) in either direction:
    /// most of one part's wording, stop passages aside, stands in the other.
    case copied
    /// Containment at least ``SimilarityOptions/partialContainment`` (one tenth): passages in common.
    case partial
    /// Less: independent reports share a few set phrases at most.
    case distinct

    private var rank: Int {
        switch self {
        case .copied: 0
        case .partial: 1
        case .distinct: 2
        }
    }

    public static func < (lhs: SimilarityVerdict, rhs: SimilarityVerdict) -> Bool { lhs.rank < rhs.rank }
}

/// The comparison of a part kind of one report with a part kind of another.
///
/// Scores are computed on the parts' shingle sets (eight-character phrases, stop passages left out):
/// `jaccard` = |A∩B| / |A∪B|; `aInB` = |A∩B| / |A|, the share of A's wording that B also has, and
/// `bInA` the other way. Containment, not Jaccard, decides the verdict: a 200-character shortcomings
/// part copied whole into a 1,000-character one has Jaccard 0.2 but is a copy.
public struct SimilarityResult: Sendable, Hashable, Codable {
    public var kindA: PartKind
    public var kindB: PartKind
    /// Distinct shingles of each part, and how many they share.
    public var shinglesA: Int
    public var shinglesB: Int
    public var shared: Int
    public var jaccard: Double
    public var aInB: Double
    public var bInA: Double
    /// The MinHash estimate of `jaccard` (what a corpus search sees before the exact score).
    public var estimatedJaccard: Double
    public var verdict: SimilarityVerdict
    /// The shared passages, in the order of the first report; empty when compared from
    /// fingerprints alone.
    public var passages: [SharedPassage]

    /// The larger containment: how much of the smaller-scoring side is a copy.
    public var containment: Double { max(aInB, bInA) }

    /// The scores of two part fingerprints (no passages: fingerprints keep no text).
    public init(_ a: PartFingerprint, _ b: PartFingerprint, options: SimilarityOptions = SimilarityOptions()) {
        kindA = a.kind
        kindB = b.kind
        shinglesA = a.shingles.count
        shinglesB = b.shingles.count
        shared = a.sharedCount(with: b)
        let union = shinglesA + shinglesB - shared
        jaccard = union == 0 ? 0 : Double(shared) / Double(union)
        aInB = shinglesA == 0 ? 0 : Double(shared) / Double(shinglesA)
        bInA = shinglesB == 0 ? 0 : Double(shared) / Double(shinglesB)
        estimatedJaccard = MinHash.similarity(a.signature, b.signature)
        passages = []
        verdict = .distinct
        verdict = options.verdict(containment: containment, shared: shared)
    }
}

/// What a comparison looks at and where its verdicts fall.
public struct SimilarityOptions: Sendable {
    /// Which part kind of the first report is compared with which of the second.
    public var pairs: [(a: PartKind, b: PartKind)]
    /// The containment from which a part is `copied` (0.5). Parts of independent reports stay
    /// below 0.1 once the stop passages are left out (the samples: at most 0.02); a part copied with
    /// its year and jurisdiction changed keeps 0.8 or more; at one half, most of a part is the
    /// other's wording.
    public var copiedContainment = 0.5
    /// The containment from which a part is `partial` (0.1).
    public var partialContainment = 0.1
    /// Shared shingles a verdict other than `distinct` needs (8: as many as a 15-character passage
    /// has), so a tiny part sharing one phrase is not a copy.
    public var minimumShared = 8
    /// How shared passages are found.
    public var passages = PassageFinder()

    /// Every part kind compared with the same kind of the other report.
    public init(pairs: [(a: PartKind, b: PartKind)] = PartKind.allCases.map { ($0, $0) }) {
        self.pairs = pairs
    }

    public func verdict(containment: Double, shared: Int) -> SimilarityVerdict {
        guard shared >= minimumShared else { return .distinct }
        if containment >= copiedContainment { return .copied }
        if containment >= partialContainment { return .partial }
        return .distinct
    }
}
