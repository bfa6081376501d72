/// Finds the passages two comparable texts share: maximal identical runs, joined across small edits.
///
/// Every shingle of the first text that the second also has seeds a match, extended left and
/// right character by character as far as both texts agree (within their part's stretch, through
/// stop passages too, though a run starts and ends with wording of its own); one match per diagonal
/// run, so the work is linear in the texts. The longest
/// matches are kept first, each stretch of either text used once, and consecutive ones whose gaps
/// are at most `maximumGap` characters in both texts are joined. A passage counts when it has at
/// least `minimumLength` identical characters outside the stop passages.
public struct PassageFinder: Sendable {
    /// Identical characters outside stop passages a passage needs (15: a clause; shorter shared
    /// runs are set phrases such as 法治宣传教育有待加强).
    public var minimumLength: Int
    /// The largest edit joined over (8: a jurisdiction 门头沟区 → 武清区, a year, a date).
    public var maximumGap: Int
    /// The most places one shingle is looked up at in the second text (repeated phrases).
    public var maximumOccurrences = 32

    public init(minimumLength: Int = 15, maximumGap: Int = 8) {
        self.minimumLength = minimumLength
        self.maximumGap = maximumGap
    }

    /// One passage as unit ranges of the two texts.
    public struct Match: Sendable, Hashable {
        public var a: Range<Int>
        public var b: Range<Int>
        public var identical: Int
        /// Identical units outside stop passages.
        public var substance: Int
    }

    /// The shared passages of part `kindA` of `a` and part `kindB` of `b`, in the order of `a`.
    public func matches(_ a: ComparableReport, _ kindA: PartKind, _ b: ComparableReport, _ kindB: PartKind) -> [Match] {
        guard let shinglesA = a.shingles[kindA], let shinglesB = b.shingles[kindB],
              let segA = a.segments[kindA], let segB = b.segments[kindB] else { return [] }
        var index: [UInt32: [Int]] = [:]
        for s in shinglesB where index[s.hash, default: []].count < maximumOccurrences {
            index[s.hash, default: []].append(s.start)
        }
        let size = a.fingerprint.scheme.shingleSize
        let ua = a.text.units
        let ub = b.text.units
        var runs: [Match] = []
        var reached: [Int: Int] = [:]  // diagonal (i - j) → end in `a` of the last run found on it
        for s in shinglesA {
            guard let starts = index[s.hash] else { continue }
            let i = s.start
            for j in starts {
                if let end = reached[i - j], end > i { continue }
                guard let sa = Self.stretch(containing: i, segA), let sb = Self.stretch(containing: j, segB) else { continue }
                var back = 0
                while i - back > sa.lowerBound, j - back > sb.lowerBound, ua[i - back - 1] == ub[j - back - 1] { back += 1 }
                var ahead = 0
                while i + ahead < sa.upperBound, j + ahead < sb.upperBound, ua[i + ahead] == ub[j + ahead] { ahead += 1 }
                reached[i - j] = i + ahead
                guard ahead >= size else { continue }  // a hash collision
                let covered = { (x: Int) in a.covered[x] || b.covered[x - i + j] }
                guard let r = Self.trimmed((i - back)..<(i + ahead), size: size, covered: covered) else { continue }
                let substance = r.reduce(0) { $0 + (covered($1) ? 0 : 1) }
                runs.append(Match(a: r, b: (r.lowerBound - i + j)..<(r.upperBound - i + j),
                                  identical: r.count, substance: substance))
            }
        }
        return join(Self.disjoint(runs, countA: ua.count, countB: ub.count)).filter { $0.substance >= minimumLength }
    }

    /// The run from its first shingle free of stop passages to its last: what stands before or
    /// after only boilerplate (a part heading and its year) is not part of what was copied.
    static func trimmed(_ run: Range<Int>, size: Int, covered: (Int) -> Bool) -> Range<Int>? {
        var first: Int?
        var last: Int?
        var inWindow = 0
        for x in run {
            if covered(x) { inWindow += 1 }
            if x - run.lowerBound >= size, covered(x - size) { inWindow -= 1 }
            if x - run.lowerBound >= size - 1, inWindow == 0 {
                if first == nil { first = x - size + 1 }
                last = x + 1
            }
        }
        guard let first, let last else { return nil }
        return first..<last
    }

    /// The longest runs first, each unit of either text used by one run; in the order of `a`.
    static func disjoint(_ runs: [Match], countA: Int, countB: Int) -> [Match] {
        var usedA = [Bool](repeating: false, count: countA)
        var usedB = [Bool](repeating: false, count: countB)
        var kept: [Match] = []
        for run in runs.sorted(by: { ($0.identical, $1.a.lowerBound) > ($1.identical, $0.a.lowerBound) }) {
            if run.a.contains(where: { usedA[$0] }) || run.b.contains(where: { usedB[$0] }) { continue }
            for i in run.a { usedA[i] = true }
            for j in run.b { usedB[j] = true }
            kept.append(run)
        }
        return kept.sorted { $0.a.lowerBound < $1.a.lowerBound }
    }

    /// Consecutive runs joined across gaps of at most `maximumGap` units in both texts.
    func join(_ runs: [Match]) -> [Match] {
        var joined: [Match] = []
        for run in runs {
            if var last = joined.last,
               run.a.lowerBound >= last.a.upperBound, run.b.lowerBound >= last.b.upperBound,
               run.a.lowerBound - last.a.upperBound <= maximumGap, run.b.lowerBound - last.b.upperBound <= maximumGap {
                last.a = last.a.lowerBound..<run.a.upperBound
                last.b = last.b.lowerBound..<run.b.upperBound
                last.identical += run.identical
                last.substance += run.substance
                joined[joined.count - 1] = last
            } else {
                joined.append(run)
            }
        }
        return joined
    }

    /// The stretch of `stretches` (sorted, disjoint) that contains `position`.
    static func stretch(containing position: Int, _ stretches: [Range<Int>]) -> Range<Int>? {
        var lo = 0
        var hi = stretches.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if stretches[mid].upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo < stretches.count && stretches[lo].contains(position) ? stretches[lo] : nil
    }
}
