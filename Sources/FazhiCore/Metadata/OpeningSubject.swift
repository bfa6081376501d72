/// The body a report's first sentence names as its subject: `2024年，银川市坚持…`,
/// `人民街街道办事处坚持…`, `交通运输部以习近平…`, `在区委的领导下，东城街道深入学习…`.
///
/// Read from the first paragraph of the body (an addressee line ending in a colon is skipped), in
/// its first 160 characters: the first division, township or central body named outside 《》 and
/// not as a party or other organ (区委, 市人大, 县政协 …). A run of names is kept together with a
/// government word right after it (眉山市彭山区公义镇人民政府).
struct OpeningSubject: Sendable {
    struct Found: Sendable {
        var name: String
        /// The name ends in a government body's word (人民政府, 办事处, 部 …), not a bare place.
        var namesUnit: Bool
        var isCentral: Bool
    }

    var gazetteer: Gazetteer = .shared
    var townships: TownshipIndex = .shared
    var central: CentralBodies = .shared

    /// A government body named with its place anywhere in the first paragraph's first 300
    /// characters, outside 《》: 现将下洋镇人民政府2023年…报告如下 → 下洋镇人民政府.
    /// With `departments` false, only a government (人民政府, 办事处, 管委会) is taken.
    func unitNamed(in paragraph: ArraySlice<Unicode.Scalar>, departments: Bool = true) -> String? {
        let scalars = Array(paragraph.prefix(300).filter { !$0.isBlank })
        var depth = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "《" { depth += 1 } else if c == "》" { depth = max(0, depth - 1) }
            if depth > 0 { i += 1; continue }
            let end = placeRun(scalars, from: i)
            if end > i, let word = Self.unitWords.first(where: { scalars[end...].starts(with: $0) }) {
                return String(scalars: scalars[i..<(end + word.count)])
            }
            if end > i, departments, let department = departmentEnd(scalars, after: end) {
                return String(scalars: scalars[i..<department])
            }
            i = max(i + 1, end)
        }
        return nil
    }

    /// The end of the run of division and township names starting at `i` (`i` when none starts there).
    func placeRun(_ scalars: [Unicode.Scalar], from i: Int) -> Int {
        var end = i
        while end < scalars.count {
            if let m = gazetteer.fullNames.longestMatch(in: scalars, at: end) {
                end += m.length
            } else if let m = townships.match(in: scalars, at: end), m.length >= 3 {
                end += m.length
            } else {
                break
            }
        }
        return end
    }

    /// The first paragraph of the body: its first long line that is not a heading or an addressee.
    func firstParagraph(in layout: TextLayout, body: Range<Int>) -> ArraySlice<Unicode.Scalar>? {
        let text = layout.scalars
        var examined = 0
        for i in body where i < layout.lines.count && !layout.lines[i].isBlank && !layout.lines[i].isChrome {
            let content = text[layout.lines[i].content]
            examined += 1
            if examined > 6 { break }
            if content.last == ":" || content.last == "：", content.count <= 40 { continue }
            if content.count < 16 { continue }
            if HeadingMarker.parse(text, at: layout.lines[i].content.lowerBound, end: layout.lines[i].content.upperBound) != nil { continue }
            return content
        }
        return nil
    }

    /// The subject of the first paragraph (``firstParagraph(in:body:)``).
    func find(in paragraph: ArraySlice<Unicode.Scalar>) -> Found? {
        // The subject stands early in the first sentence (2024年，在…领导下，乌鲁木齐市坚持…).
        let sentenceEnd = paragraph.firstIndex(of: "。") ?? paragraph.endIndex
        let window = paragraph[..<sentenceEnd].prefix(80)
        let scalars = Array(window.filter { !$0.isBlank })
        // Zone names are looked for only where the window has a zone's word at all.
        let mayNameZone = Self.zoneWords.contains { scalars.contains(subsequence: $0) }
        var depth = 0
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "《" { depth += 1; i += 1; continue }
            if c == "》" { depth = max(0, depth - 1); i += 1; continue }
            if depth > 0 { i += 1; continue }
            if let m = central.match(in: scalars, at: i) {
                return Found(name: m.name, namesUnit: true, isCentral: true)
            }
            let end = placeRun(scalars, from: i)
            if mayNameZone, let zone = zoneName(scalars, at: i) { return zone }
            guard end > i else { i += 1; continue }
            // A place named as another organ's (区委, 市人大常委会, 县法院) is not the subject.
            if Self.otherOrgans.contains(where: { scalars[end...].starts(with: $0) }) { i = end; continue }
            // A two-character name glued into a word (和县, 城区) needs a government word after it.
            var unitEnd = end
            if let word = Self.unitWords.first(where: { scalars[end...].starts(with: $0) }) {
                unitEnd += word.count
            } else if let department = departmentEnd(scalars, after: end) {
                unitEnd = department  // 江门市应急管理局坚持…: the department is the subject
            }
            if end - i <= 2, unitEnd == end, i > 0, scalars[i - 1].properties.isUnifiedIdeograph { i += 1; continue }
            return Found(name: String(scalars: scalars[i..<unitEnd]), namesUnit: unitEnd > end, isCentral: false)
        }
        return nil
    }

    /// A development zone named at `i` (十堰经济技术开发区党工委、管委会): a run of Han characters
    /// ending in a zone's word, up to 12 characters, with its 管委会 kept.
    func zoneName(_ scalars: [Unicode.Scalar], at i: Int) -> Found? {
        guard i == 0 || !scalars[i - 1].properties.isUnifiedIdeograph || scalars[i - 1] == "年" else { return nil }
        var end = i
        while end < scalars.count, end - i < 14, scalars[end].properties.isUnifiedIdeograph { end += 1 }
        let run = String(scalars: scalars[i..<end])
        guard let zone = DevelopmentZone.zone(in: run) else { return nil }
        let rest = String(scalars: scalars[(i + zone.unicodeScalars.count)...].prefix(10))
        let office = ["党工委、管委会", "党工委管委会", "管委会", "管理委员会", "党工委"].first { rest.hasPrefix($0) } ?? ""
        return Found(name: zone + office, namesUnit: !office.isEmpty, isCentral: false)
    }

    /// The end of a department's name right after a place (应急管理局, 人力资源和社会保障局, 交通运输厅,
    /// 生态环境局岳阳县分局): Han characters up to the first department word, at most 14, not starting
    /// like a sentence goes on (坚持…, 在…).
    func departmentEnd(_ scalars: [Unicode.Scalar], after start: Int) -> Int? {
        guard start < scalars.count, !Self.sentenceStarts.contains(where: { scalars[start...].starts(with: $0) }) else { return nil }
        var i = start
        while i < scalars.count, i - start < 14, scalars[i].properties.isUnifiedIdeograph {
            for word in Self.departmentWords where scalars[i...].starts(with: word) {
                let end = i + word.count
                // A name needs two characters before its word; a branch under a county
                // (生态环境局岳阳县分局) keeps going to its 分局.
                guard end - start >= 3 else { return nil }
                let placeEnd = placeRun(scalars, from: end)
                if placeEnd > end, scalars[placeEnd...].starts(with: Self.branch) { return placeEnd + Self.branch.count }
                return end
            }
            i += 1
        }
        return nil
    }

    static let branch = Array("分局".unicodeScalars)

    static let departmentWords: [[Unicode.Scalar]] = ["分局", "局", "厅", "委员会", "办公室", "中心", "署"].map { Array($0.unicodeScalars) }

    static let sentenceStarts: [[Unicode.Scalar]] = [
        "坚持", "深入", "认真", "全面", "紧紧", "始终", "持续", "扎实", "切实", "以", "在", "把", "围绕", "按照", "根据", "高度",
        "不断", "着力", "聚焦", "积极", "大力", "进一步", "法治", "依法", "各级", "人民", "委", "党委", "政府",
    ].map { Array($0.unicodeScalars) }

    static let zoneWords: [[Unicode.Scalar]] = ["开发区", "高新区", "保税区", "园区", "经开区", "自贸区"].map { Array($0.unicodeScalars) }

    static let otherOrgans: [[Unicode.Scalar]] = [
        "委", "党委", "人大", "政协", "法院", "人民法院", "检察院", "人民检察院", "纪委", "监委", "公安", "法治政府建设",
        "依法治", "全面依法治", "实际",
    ].map { Array($0.unicodeScalars) }

    static let unitWords: [[Unicode.Scalar]] = [
        "人民政府", "街道办事处", "办事处", "管理委员会", "管委会", "政府",
    ].map { Array($0.unicodeScalars) }
}
