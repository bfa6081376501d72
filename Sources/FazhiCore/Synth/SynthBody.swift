/// The government body a synthetic report speaks for, with the words its reports use for
/// themselves (我区, 区政府常务会议, 区委书记、区长) and the ground truth the analyzer should find.
struct SynthBody: Sendable {
    var level: GovernmentLevel
    /// The division whose government this is or belongs to (a township's county).
    var division: Division
    var township: String?
    var department: String?
    /// The full name of the issuing body: 北京市门头沟区人民政府, 海淀区司法局, 望京街道办事处.
    var issuer: String
    /// The ways a title may name the body.
    var titleNames: [String]
    /// As the analyzer completes it: 北京市门头沟区, 北京市朝阳区望京街道.
    var jurisdiction: String
    /// The division's name is shared with another division (朝阳区): the text names the one above.
    var ambiguous: Bool
    /// The body's words for itself and those above it, by slot name (see synth.json's `about`).
    var names: [String: String]

    /// The words a division's government uses: 区 → (区, 区委, 区长); 自治区 → (区, 自治区党委, 自治区主席).
    struct Words {
        var unit: String
        var party: String
        var head: String
        var gov: String
    }

    static func words(of division: Division) -> Words {
        let name = division.name
        if division.level == .province {
            if name.hasSuffix("自治区") { return Words(unit: "区", party: "自治区党委", head: "自治区主席", gov: "自治区政府") }
            if name.hasSuffix("市") { return Words(unit: "市", party: "市委", head: "市长", gov: "市政府") }
            return Words(unit: "省", party: "省委", head: "省长", gov: "省政府")
        }
        if name.hasSuffix("地区") { return Words(unit: "地区", party: "地委", head: "专员", gov: "行署") }
        if name.hasSuffix("盟") { return Words(unit: "盟", party: "盟委", head: "盟长", gov: "盟行署") }
        if name.hasSuffix("自治州") || name.hasSuffix("州") { return Words(unit: "州", party: "州委", head: "州长", gov: "州政府") }
        for (suffix, head) in [("旗", "旗长"), ("县", "县长"), ("区", "区长")] where name.hasSuffix(suffix) {
            return Words(unit: suffix, party: suffix + "委", head: head, gov: suffix + "政府")
        }
        return Words(unit: "市", party: "市委", head: "市长", gov: "市政府")
    }

    /// Slots shared by every level, from the report year and the plan year.
    static func eraNames(year: Int, planYear: Int) -> [String: String] {
        func fiveYearPlan(_ y: Int) -> String { y <= 2020 ? "十三五" : y <= 2025 ? "十四五" : "十五五" }
        func pufa(_ y: Int) -> String { y <= 2020 ? "七五" : y <= 2025 ? "八五" : "九五" }
        let congress: String
        switch year {
        case ...2016: congress = "党的十八大和十八届三中、四中、五中、六中全会精神"
        case 2017: congress = "党的十九大精神"
        case 2018...2021: congress = "党的十九大和十九届历次全会精神"
        case 2022...2023: congress = "党的二十大精神"
        default: congress = "党的二十大和二十届二中、三中全会精神"
        }
        let thoughtFull = year >= 2017 ? "习近平新时代中国特色社会主义思想" : "习近平总书记系列重要讲话精神"
        return [
            "year": String(year), "planYear": String(planYear), "prevYear": String(year - 1),
            "thought": year >= 2020 ? "习近平法治思想" : thoughtFull, "thoughtFull": thoughtFull,
            "congress": congress,
            "outline": year <= 2020 ? "《法治政府建设实施纲要（2015－2020年）》" : "《法治政府建设实施纲要（2021－2025年）》",
            "fyp": fiveYearPlan(year), "fypNext": fiveYearPlan(planYear), "pufa": pufa(year), "pufaNext": pufa(planYear),
        ]
    }
}
