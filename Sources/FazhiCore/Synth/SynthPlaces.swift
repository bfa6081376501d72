/// The real divisions synthetic reports are written for, drawn from the gazetteer once.
///
/// Cities are prefecture-level cities and autonomous prefectures (地区 and 盟 are run by a 行署,
/// not a 人民政府, and are left out); counties are every county-level unit.
struct SynthPlaces: Sendable {
    let gazetteer: Gazetteer
    let provinces: [Division]
    let cities: [Division]
    let counties: [Division]

    init(gazetteer: Gazetteer = .shared) {
        self.gazetteer = gazetteer
        provinces = gazetteer.divisions.filter { $0.level == .province }
        cities = gazetteer.divisions.filter { $0.level == .city && !$0.name.hasSuffix("地区") && !$0.name.hasSuffix("盟") }
        counties = gazetteer.divisions.filter { $0.level == .county }
    }

    /// Another division bears the same name (朝阳区 in 北京市 and 长春市).
    func isAmbiguous(_ division: Division) -> Bool {
        gazetteer.divisions(named: division.name).count > 1
    }

    func parent(of division: Division) -> Division? {
        gazetteer.parent(of: division)
    }

    /// An invented township under a county: two syllables and 街道/镇/乡 that name no division
    /// (永安镇 is avoided: 永安 is 永安市).
    func townshipName(_ rng: inout SynthRandom, names: SynthBank.TownshipNames) -> String {
        var candidate = ""
        for _ in 0..<20 {
            let first = rng.pick(names.first)
            let second = rng.pick(names.second)
            guard first != second else { continue }
            let core = first + second
            candidate = core + rng.pick(names.suffixes)
            if gazetteer.divisions(named: core).isEmpty && gazetteer.divisions(named: candidate).isEmpty { return candidate }
        }
        return candidate
    }
}
