import Foundation

/// Completes a report's jurisdiction and level from the gazetteer.
///
/// The body is placed from the issuer (落款, 发布机构, the title's own words), else from the title's
/// opening words, else from the division the text names most often (a report that says only
/// 懷柔區 is 北京市怀柔区's). Ambiguous names are decided by the other divisions the text names.
struct JurisdictionResolver: Sendable {
    var gazetteer: Gazetteer = .shared

    func complete(_ metadata: inout Metadata, layout: TextLayout) {
        let evidence = Gazetteer.Evidence(layout.scalars, in: gazetteer)
        var names: [String] = []
        if let issuer = metadata.issuer { names.append(issuer) }
        if let title = metadata.title { names.append(Self.titleSubject(title)) }
        for name in names where !name.isEmpty {
            if let unit = gazetteer.unit(for: name, evidence: evidence) {
                metadata.jurisdiction = unit.jurisdiction
                metadata.level = unit.level
                return
            }
        }
        if let name = names.first, let level = Self.level(ofName: name) { metadata.level = level }
        // Nothing named the body: the county (else city, else province) the text names most often.
        let mentions = evidence.mentions.compactMap(\.division)
        for level in [DivisionLevel.county, .city, .province] {
            var counts: [Division: Int] = [:]
            for d in mentions where d.level == level { counts[d, default: 0] += 1 }
            let ranked = counts.sorted { $0.value > $1.value }
            guard let top = ranked.first, top.value >= 2, ranked.count == 1 || ranked[1].value < top.value else { continue }
            metadata.jurisdiction = gazetteer.fullName(top.key)
            metadata.level = metadata.level ?? level.governmentLevel
            return
        }
    }

    /// The level a body's name shows even when the gazetteer cannot place it (赤城镇人民政府).
    static func level(ofName name: String) -> GovernmentLevel? {
        let core = name.replacingOccurrences(of: "人民政府", with: "").replacingOccurrences(of: "办事处", with: "")
        if core.hasSuffix("镇") || core.hasSuffix("乡") || core.hasSuffix("街道") || core.hasSuffix("苏木") { return .township }
        if ["局", "委员会", "厅", "办公室"].contains(where: { core.hasSuffix($0) }) { return .department }
        return nil
    }

    /// The words of a title before its year or 关于: 望京街道2021年… → 望京街道.
    static func titleSubject(_ title: String) -> String {
        var end = title.endIndex
        if let r = title.range(of: "关于") { end = r.lowerBound }
        if let digit = title.firstIndex(where: { $0.isNumber }), digit < end { end = digit }
        return String(title[..<end])
    }
}
