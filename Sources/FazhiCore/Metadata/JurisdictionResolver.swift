import Foundation

/// Completes a report's jurisdiction and level (and an issuer its first sentence names).
///
/// The body is placed from the issuer (落款, 发布机构, the title's own words), else from the title's
/// subject (its words before the year or 关于, or the place after a leading year), else from the
/// subject of the first sentence (2024年，银川市坚持…), else from the division the text names most
/// often (a report that says only 懷柔區 is 北京市怀柔区's; a report on 全省 names its province).
/// Central bodies (司法部, 海关总署) are central departments. Ambiguous names are decided by the
/// other divisions the text names.
struct JurisdictionResolver: Sendable {
    var gazetteer: Gazetteer = .shared
    var central: CentralBodies = .shared

    func complete(_ metadata: inout Metadata, layout: TextLayout, body: Range<Int>) {
        let evidence = Gazetteer.Evidence(layout.scalars, in: gazetteer)
        var names: [String] = []
        if let issuer = metadata.issuer { names.append(Self.governmentOfJointReport(issuer)) }
        if let title = metadata.title { names.append(contentsOf: Self.titleSubjects(title)) }
        let opening = OpeningSubject()
        let paragraph = opening.firstParagraph(in: layout, body: body)
        let subject = paragraph.flatMap { opening.find(in: $0) }
        // The opening's voice is read only when a report has not named its body (most have).
        var voiceRead: SelfReference.Voice??
        func voice() -> SelfReference.Voice? {
            if let voiceRead { return voiceRead }
            let found = SelfReference.voice(of: Self.opening(layout, body: body))
            voiceRead = .some(found)
            return found
        }
        if metadata.issuer == nil, let subject, subject.namesUnit { metadata.issuer = subject.name }
        // A government that speaks as itself (市政府坚持…) is not a department its opening names.
        if metadata.issuer == nil, let paragraph,
           let unit = opening.unitNamed(in: paragraph, departments: !(voice().map { $0.place != nil && !$0.isDepartment } ?? false)) {
            metadata.issuer = unit
            names.append(unit)
        }
        if let subject { names.append(subject.name) }
        // 2024年,广州坚持…: a city's bare short name as the first sentence's subject.
        if subject == nil, let paragraph, let city = CityShortNames.shared.leadingCity(paragraph) {
            names.append(gazetteer.divisions[city].name)
        }
        for name in names where !name.isEmpty {
            if central.body(named: name) != nil {
                metadata.jurisdiction = central.jurisdiction
                metadata.level = .department
                return
            }
            if let zone = DevelopmentZone.zone(in: name) {
                let unit = DevelopmentZone.unit(for: zone, gazetteer: gazetteer)
                metadata.jurisdiction = unit.jurisdiction
                metadata.level = unit.level
                return
            }
            if let unit = gazetteer.unit(for: name, evidence: evidence) {
                metadata.jurisdiction = unit.jurisdiction
                metadata.level = unit.level
                return
            }
        }
        // A body that does not name itself (市政府坚持…, 我县, 我局): the one division of its level the
        // text names (《张家川县法治政府建设实施方案》, 汕尾在全省…).
        if let voice = voice(), let placed = place(voice, evidence: evidence) {
            metadata.jurisdiction = gazetteer.fullName(placed.division)
            metadata.level = placed.level
            return
        }
        if let name = names.first, let level = Self.level(ofName: name) { metadata.level = level }
        // Nothing named the body: the county (else city, else province) the text names most often;
        // a report on 全省/我省 is its province's.
        let mentions = evidence.mentions.compactMap(\.division)
        let provincial = SelfReference.isProvincial(layout.scalars.prefix(3000))
        for level in provincial ? [DivisionLevel.province] : [.county, .city, .province] {
            var counts: [Division: Int] = [:]
            for d in mentions where d.level == level { counts[d, default: 0] += 1 }
            if level == .province {
                for p in evidence.provinceShortNames { counts[gazetteer.divisions[p], default: 0] += 1 }
            }
            let ranked = counts.sorted { $0.value > $1.value }
            guard let top = ranked.first, top.value >= (provincial ? 1 : 2),
                  ranked.count == 1 || ranked[1].value < top.value else { continue }
            metadata.jurisdiction = gazetteer.fullName(top.key)
            metadata.level = metadata.level ?? level.governmentLevel
            return
        }
        if provincial, metadata.level == nil { metadata.level = .province }
    }

    /// The start of the body, where a report speaks of itself.
    static func opening(_ layout: TextLayout, body: Range<Int>) -> ArraySlice<Unicode.Scalar> {
        let start = body.lowerBound < layout.lines.count ? layout.lines[body.lowerBound].content.lowerBound : 0
        return layout.scalars[start..<min(layout.scalars.count, start + 800)]
    }

    /// The one division of the voice's level named in the first 3,000 characters (full names, and
    /// for a city its bare short name); a department of no stated level is tried as a county's, then a city's.
    func place(_ voice: SelfReference.Voice, evidence: Gazetteer.Evidence) -> (division: Division, level: GovernmentLevel)? {
        let window = 3000
        for level in voice.place.map({ [$0] }) ?? [.county, .city] {
            var codes = Set(evidence.mentions.filter { $0.range.start < window }.compactMap(\.division)
                .filter { $0.level == level }.map(\.code))
            if level == .city {
                let cities = CityShortNames.shared.cities(in: Array(evidence.text.prefix(window)), outside: evidence.mentions)
                codes.formUnion(cities.map { gazetteer.divisions[$0].code })
            }
            guard codes.count == 1, let division = gazetteer.division(code: codes.first!) else { continue }
            return (division, voice.isDepartment ? .department : level.governmentLevel)
        }
        return nil
    }

    /// The level a body's name shows even when the gazetteer cannot place it (赤城镇人民政府).
    static func level(ofName name: String) -> GovernmentLevel? {
        let core = name.replacingOccurrences(of: "人民政府", with: "").replacingOccurrences(of: "办事处", with: "")
        if core.hasSuffix("镇") || core.hasSuffix("乡") || core.hasSuffix("街道") || core.hasSuffix("苏木") { return .township }
        if ["局", "委员会", "厅", "办公室"].contains(where: { core.hasSuffix($0) }) { return .department }
        return nil
    }

    /// For a joint report of a party committee and a government, the government:
    /// 中共长春市委 长春市人民政府 → 长春市人民政府 (the part after the committee's 委).
    static func governmentOfJointReport(_ name: String) -> String {
        let compact = name.filter { !$0.isWhitespace }
        guard compact.hasPrefix("中共"), compact.contains("政府"), let split = compact.range(of: "委"),
              split.upperBound < compact.endIndex else { return name }
        return String(compact[split.upperBound...]).trimming("、，, ")
    }

    /// The words of a title that name its body: before its year or 关于 (望京街道2021年… → 望京街道);
    /// for a title that starts with its year, the words after it (2018年上海市法治政府… → 上海市…);
    /// for a joint report of a party committee and a government, the government
    /// (中共长春市委 长春市人民政府关于… → 长春市人民政府).
    static func titleSubjects(_ title: String) -> [String] {
        var end = title.endIndex
        if let r = title.range(of: "关于") { end = r.lowerBound }
        if let digit = title.firstIndex(where: \.isDecimalDigit), digit < end { end = digit }
        let subject = governmentOfJointReport(String(title[..<end]).filter { !$0.isWhitespace })
        var subjects = [subject]
        if subject.isEmpty, let year = title.range(of: "年") {
            var rest = title[year.upperBound...]
            if rest.hasPrefix("度") { rest = rest.dropFirst() }
            let words = rest.prefix { !"法依".contains($0) }
            if !words.isEmpty { subjects.append(String(words)) }
        }
        return subjects.filter { !$0.isEmpty }
    }
}
