extension SynthBody {
    /// A body of `level` drawn from the real divisions of `places`.
    static func make(
        level: GovernmentLevel, places: SynthPlaces, bank: SynthBank, rng: inout SynthRandom
    ) -> SynthBody {
        switch level {
        case .province: return government(rng.pick(places.provinces), places: places, rng: &rng)
        case .city: return government(rng.pick(places.cities), places: places, rng: &rng)
        case .district: return government(rng.pick(places.counties), places: places, rng: &rng)
        case .township: return township(places: places, bank: bank, rng: &rng)
        case .department: return department(places: places, bank: bank, rng: &rng)
        }
    }

    /// The names a division's own government uses, and those of the level above.
    private static func governmentNames(_ division: Division, parent: Division?) -> [String: String] {
        let w = words(of: division)
        var names = [
            "self": "我" + w.unit, "all": "全" + w.unit, "gov": w.gov, "govMeeting": w.gov + "常务会议",
            "party": w.party, "partyMeeting": w.party + "常委会会议", "head": w.head,
            "leaders": w.party + "书记、" + w.head, "unitWord": w.unit, "divisionName": division.name,
            "upper": "党中央、国务院", "upperParty": "党中央、国务院", "upperName": "党中央", "upperUnitWord": "国",
        ]
        if let parent {
            let p = words(of: parent)
            names["upperParty"] = p.party + "、" + p.gov
            names["upper"] = "党中央、国务院和" + p.party + "、" + p.gov
            names["upperName"] = parent.name
            names["upperUnitWord"] = p.unit
        }
        return names
    }

    private static func government(_ division: Division, places: SynthPlaces, rng: inout SynthRandom) -> SynthBody {
        let parent = places.parent(of: division)
        let ambiguous = places.isAmbiguous(division)
        let prefixed = parent.map { p in
            division.level == .county ? ambiguous || rng.chance(0.4) : !p.isMunicipality && rng.chance(0.15)
        } ?? false
        let fullName = (prefixed ? parent?.name ?? "" : "") + division.name
        var names = governmentNames(division, parent: parent)
        names["name"] = rng.chance(0.5) ? division.name : division.name + "人民政府"
        return SynthBody(
            level: division.level.governmentLevel, division: division, township: nil, department: nil,
            issuer: fullName + "人民政府", titleNames: [fullName + "人民政府", fullName],
            jurisdiction: places.gazetteer.fullName(division), ambiguous: ambiguous, names: names)
    }

    private static func department(places: SynthPlaces, bank: SynthBank, rng: inout SynthRandom) -> SynthBody {
        let roll = rng.unit()
        let division = roll < 0.15 ? rng.pick(places.provinces) : roll < 0.65 ? rng.pick(places.cities) : rng.pick(places.counties)
        let list = division.level == .province && !division.isMunicipality ? bank.departments.province
            : division.level == .county ? bank.departments.county : bank.departments.city
        let department = rng.pick(list)
        let parent = places.parent(of: division)
        let ambiguous = places.isAmbiguous(division)
        let prefixed = division.level == .county && (ambiguous || rng.chance(0.3))
        let own = division.name + department
        let issuer = (prefixed ? parent?.name ?? "" : "") + own
        let (unit, head, meeting) = department.hasSuffix("厅") ? ("厅", "厅长", "厅长办公会议")
            : department.hasSuffix("委员会") ? ("委", "主任", "主任办公会议") : ("局", "局长", "局长办公会议")
        let w = words(of: division)
        let names = [
            "self": "我" + unit, "all": "全" + unit, "gov": unit + "机关", "govMeeting": meeting,
            "party": unit + "党组", "partyMeeting": unit + "党组会议", "head": head, "leaders": unit + "党组书记、" + head,
            "unitWord": unit, "divisionName": division.name, "name": own,
            "upper": w.party + "、" + w.gov, "upperParty": w.party + "、" + w.gov, "upperName": division.name,
            "upperUnitWord": w.unit,
        ]
        return SynthBody(
            level: .department, division: division, township: nil, department: department, issuer: issuer,
            titleNames: [issuer], jurisdiction: places.gazetteer.fullName(division), ambiguous: ambiguous, names: names)
    }

    private static func township(places: SynthPlaces, bank: SynthBank, rng: inout SynthRandom) -> SynthBody {
        let county = rng.pick(places.counties)
        let township = places.townshipName(&rng, names: bank.townshipNames)
        let street = township.hasSuffix("街道")
        let unit = street ? "街道" : String(township.suffix(1))
        let parent = places.parent(of: county)
        let ambiguous = places.isAmbiguous(county)
        let prefixed = rng.chance(0.35)
        let office = street ? "办事处" : "人民政府"
        let issuer = (prefixed ? county.name : "") + township + office
        let c = words(of: county)
        let upperName = (ambiguous || rng.chance(0.3)) ? (parent?.name ?? "") + county.name : county.name
        let names = [
            "self": "我" + unit, "all": "全" + unit, "gov": street ? "街道办事处" : unit + "政府",
            "govMeeting": street ? "主任办公会" : unit + "长办公会", "party": street ? "街道党工委" : unit + "党委",
            "partyMeeting": street ? "街道党工委会议" : unit + "党委会议", "head": street ? "办事处主任" : unit + "长",
            "leaders": street ? "街道党工委书记、办事处主任" : "\(unit)党委书记、\(unit)长",
            "unitWord": unit, "divisionName": county.name, "countyName": county.name, "name": township,
            "upper": c.party + "、" + c.gov, "upperParty": c.party + "、" + c.gov, "upperName": upperName,
            "upperUnitWord": c.unit,
        ]
        return SynthBody(
            level: .township, division: county, township: township, department: nil, issuer: issuer,
            titleNames: [township, county.name + township, issuer],
            jurisdiction: places.gazetteer.fullName(county) + township, ambiguous: ambiguous, names: names)
    }
}
