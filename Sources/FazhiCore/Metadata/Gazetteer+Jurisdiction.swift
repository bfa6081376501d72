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
        let township = Self.township(in: rest)
        let index: Int?
        if let last = chain.segments.last {
            index = pick(last, evidence: evidence)
        } else if let township {
            index = county(around: township, evidence: evidence)
        } else {
            return nil
        }
        guard let index else { return nil }
        let division = divisions[index]
        let restText = String(scalars: rest)
        let isOwnGovernment = restText.isEmpty || Self.ownBodies.contains(restText)
        let department = township == nil && !isOwnGovernment ? restText : nil
        let level: GovernmentLevel = township != nil ? .township : department != nil ? .department : division.level.governmentLevel
        let jurisdiction = fullName(division) + (township.map { String(scalars: $0) } ?? "")
        return GovernmentUnit(
            division: division, township: township.map { String(scalars: $0) },
            department: department, jurisdiction: jurisdiction, level: level)
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

    /// The county (else city) the context places a township in.
    private func county(around township: [Unicode.Scalar], evidence: Evidence) -> Int? {
        for level in [DivisionLevel.county, .city] {
            let named = evidence.mentions.filter { m in m.indices.contains { divisions[$0].level == level } }
            let adjacent = named.filter { evidence.text[$0.range.end...].starts(with: township) }
            if let mention = adjacent.first { return pick(mention.indices, evidence: evidence) }
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
