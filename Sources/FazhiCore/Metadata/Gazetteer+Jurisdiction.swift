extension Gazetteer {
    /// The completed jurisdiction of a government body named as a report writes it:
    /// 北京市怀柔区人民政府 → 北京市怀柔区, 怀柔区司法局 → 北京市怀柔区, 北京市司法局 → 北京市,
    /// 海沧区 → 福建省厦门市海沧区, 望京街道办事处 (with 朝阳区 and 北京市 in `context`) → 北京市朝阳区望京街道.
    /// `nil` when the body cannot be placed. See `unit(for:context:)`.
    public func jurisdiction(for name: String, context: String) -> String? {
        unit(for: name, context: context)?.jurisdiction
    }

    /// Places a government body: the divisions its name starts with (a leading 中共 or the like is
    /// skipped), then what follows — nothing or 人民政府/政府/人大常委会/委 (the division's own
    /// government), a township (望京街道, 汤河口镇人民政府: the township keeps 街道/镇/乡/苏木, loses
    /// 办事处/人民政府), or anything else (a department: 司法局).
    ///
    /// A township named alone is placed in the county that `context` names right before it
    /// (朝阳区望京街道), else in the county it names most often (ties give `nil`), else likewise in a city.
    /// Ambiguous division names are decided by `context` as in `resolve(_:context:)`.
    public func unit(for name: String, context: String) -> GovernmentUnit? {
        unit(for: name, evidence: Evidence(context, in: self))
    }

    /// `unit(for:context:)` with the context's divisions already found (one scan per report).
    func unit(for name: String, evidence: Evidence) -> GovernmentUnit? {
        let scalars = Self.compact(name)
        var chain = chain(in: scalars, from: 0)
        if chain.segments.isEmpty, let first = mentions(in: scalars).first {
            chain = self.chain(in: scalars, from: first.range.start)
        }
        // A short name glued to more text is part of a township's name (东方红镇, 海淀街道), not a division.
        if !chain.lastIsFull, !Self.ownBodies.contains(String(scalars: scalars[chain.end...])),
           chain.end < scalars.count {
            chain = (segments: [], end: 0, lastIsFull: false)
        }
        let rest = Array(scalars[chain.end...])
        var township = Self.township(in: rest)
        // 屏边县新华乡: a county's everyday name before the township is its county, not part of its name.
        if chain.segments.isEmpty, let t = township, let m = fullNames.longestMatch(in: t, at: 0),
           let inner = Self.township(in: Array(t[m.length...])) {
            township = inner
        }
        let index: Int?
        if let last = chain.segments.last {
            index = pick(last, evidence: evidence)
        } else if let township {
            // The county named right before it, else the national list (the only township of that
            // name, or the one the context favours), else the county the context names most.
            index = county(around: township, evidence: evidence, adjacentOnly: true)
                ?? county(ofTownship: township, evidence: evidence)
                ?? county(around: township, evidence: evidence, adjacentOnly: false)
        } else {
            return nil
        }
        guard var index else { return nil }
        // A city bureau's branch in a county (岳阳市生态环境局岳阳县分局) belongs to that county.
        if township == nil, let branch = branchCounty(in: rest, under: index) { index = branch }
        let division = divisions[index]
        let restText = String(scalars: rest)
        // 湖南省人民政府公布…: the government's own name followed by other words is still the government.
        let isOwnGovernment = restText.isEmpty || Self.ownBodies.contains(restText)
            || (township == nil && Self.governmentPrefixes.contains { prefix in
                rest.starts(with: prefix) && !Self.departmentEnds.contains { rest.last == $0 }
            })
        let department = township == nil && !isOwnGovernment ? restText : nil
        let level: GovernmentLevel = township != nil ? .township : department != nil ? .department : division.level.governmentLevel
        let jurisdiction = fullName(division) + (township.map { String(scalars: $0) } ?? "")
        return GovernmentUnit(
            division: division, township: township.map { String(scalars: $0) },
            department: department, jurisdiction: jurisdiction, level: level)
    }

    /// The county of a branch named in a department's name: …局岳阳县分局 → 岳阳县, when it lies in `parent`.
    func branchCounty(in rest: [Unicode.Scalar], under parent: Int) -> Int? {
        let branch = OpeningSubject.branch
        guard rest.count > 4, rest.suffix(branch.count).elementsEqual(branch) else { return nil }
        for mention in mentions(in: rest) where rest[mention.range.end...].starts(with: branch) {
            if let county = mention.indices.first(where: { isAncestor(parent, of: $0) }) { return county }
        }
        return nil
    }

    /// The township a name's remainder stands for (望京街道办事处 → 望京街道), or `nil`.
    static func township(in rest: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        var core = rest[...]
        for prefix in ["人民政府", "政府"].map({ Array($0.unicodeScalars) }) where core.starts(with: prefix) {
            core = core.dropFirst(prefix.count)
        }
        for suffix in officeSuffixes where core.hasSuffix(suffix) {
            core = core.dropLast(suffix.count)
            break
        }
        guard (2...10).contains(core.count), core.allSatisfy(\.properties.isUnifiedIdeograph),
              townshipSuffixes.contains(where: { core.hasSuffix($0) && core.count > $0.count })
        else { return nil }
        return Array(core)
    }

    /// The county of a township named alone, from the national list: the only one of that name, else
    /// the one whose county, city or province the context names (ties give `nil`).
    func county(ofTownship township: [Unicode.Scalar], evidence: Evidence) -> Int? {
        let candidates = TownshipIndex.shared.townships(named: township)
        let counties = Array(Set(candidates.map(\.county))).sorted()
        if counties.count <= 1 { return counties.first }
        // Each county scores what the context names of it: the divisions it recognizes, and its own,
        // its city's and its province's names and short names written anywhere in the first pages
        // (城中区 in 城中区委, 文峰区 in 文峰区委: names the division finder leaves to their parent).
        let head = Array(evidence.text.prefix(6000))
        let scored = counties.map { county -> (county: Int, score: Int) in
            var total = score(county, evidence)
            for (rank, index) in lineage(county).reversed().enumerated() {
                let d = divisions[index]
                let weight = rank == 0 ? 3 : rank == 1 ? 2 : 1
                if head.contains(subsequence: Array(d.name.unicodeScalars)) {
                    total += weight
                } else if d.shortName.unicodeScalars.count >= 2, head.contains(subsequence: Array(d.shortName.unicodeScalars)) {
                    total += 1
                }
            }
            return (county, total)
        }.sorted { $0.score > $1.score }
        guard scored[0].score > 0, scored[0].score > scored[1].score else { return nil }
        return scored[0].county
    }

    /// Last characters of a department's name (政府法制办公室, 政府办 are departments).
    private static let departmentEnds: Set<Unicode.Scalar> = ["局", "办", "委", "室", "厅", "处", "所", "部", "署", "心", "站", "队"]

    /// Words that start the name of a division's own government.
    private static let governmentPrefixes: [[Unicode.Scalar]] = ["人民政府", "政府"].map { Array($0.unicodeScalars) }

    /// The county (else city) the context places a township in.
    private func county(around township: [Unicode.Scalar], evidence: Evidence, adjacentOnly: Bool) -> Int? {
        for level in [DivisionLevel.county, .city] {
            let named = evidence.mentions.filter { m in m.indices.contains { divisions[$0].level == level } }
            let adjacent = named.filter { evidence.text[$0.range.end...].starts(with: township) }
            if let mention = adjacent.first { return pick(mention.indices, evidence: evidence) }
            if adjacentOnly { continue }
            var counts: [String: (count: Int, mention: DivisionMention)] = [:]
            for mention in named { counts[mention.name, default: (0, mention)].count += 1 }
            let ranked = counts.values.sorted { $0.count > $1.count }
            guard let top = ranked.first else { continue }
            if ranked.count > 1, ranked[1].count == top.count { return nil }
            return pick(top.mention.indices, evidence: evidence)
        }
        return nil
    }

    /// What may follow a division's name in the name of its own government or legislature.
    private static let ownBodies: Set<String> = [
        "人民政府", "政府", "人民政府办公室", "人大常委会", "人民代表大会常务委员会", "委", "党委", "委员会",
    ]

    /// What follows a township's name in the name of its government body.
    private static let officeSuffixes: [[Unicode.Scalar]] = [
        "办事处", "人民政府", "政府", "党工委", "党委",
    ].map { Array($0.unicodeScalars) }

    private static let townshipSuffixes: [[Unicode.Scalar]] = ["街道", "镇", "乡", "苏木"].map { Array($0.unicodeScalars) }
}
