/// Development zones run by a 管委会 (经济技术开发区, 高新区, 综合保税区 …): not administrative
/// divisions, so not in the gazetteer, but they report like a county-level government.
///
/// A zone's jurisdiction is its parent division's path and the zone's name as written
/// (十堰经济技术开发区 → 湖北省十堰市十堰经济技术开发区), when the name starts with its parent's name.
enum DevelopmentZone {
    static let suffixes: [String] = [
        "经济技术开发区", "高新技术产业开发区", "高新技术开发区", "经济开发区", "综合保税区", "保税区", "高新区",
        "工业园区", "开发区", "经开区", "自贸区",
    ]

    /// The zone a name is or starts with (宁河经济开发区管委会 → 宁河经济开发区), or `nil`.
    static func zone(in name: String) -> String? {
        var core = name
        for office in ["党工委、管委会", "党工委管委会", "管理委员会", "管委会", "党工委"] where core.hasSuffix(office) {
            core = String(core.dropLast(office.count))
            break
        }
        for suffix in suffixes {
            guard let r = core.range(of: suffix) else { continue }
            let zone = String(core[..<r.upperBound])
            return zone.count > suffix.count ? zone : nil
        }
        return nil
    }

    /// The unit a zone's name places: level district, jurisdiction when its parent is named.
    static func unit(for zone: String, gazetteer: Gazetteer) -> (jurisdiction: String?, level: GovernmentLevel) {
        let scalars = Array(zone.unicodeScalars)
        let chain = gazetteer.chain(in: scalars, from: 0)
        if let last = chain.segments.last, last.count == 1, chain.end < scalars.count {
            let parent = gazetteer.divisions[last[0]]
            return (gazetteer.fullName(parent) + zone, .district)
        }
        return (nil, .district)
    }
}
