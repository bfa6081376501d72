/// Tells a rule-of-law report from its neighbours by weighted cue phrases (Resources/doctypes.json)
/// in the head (where a title stands), the opening and the body's first pages.
///
/// Linear in the text it looks at, which is bounded (the first lines, 1,500 characters).
public struct DocumentClassifier: Sendable {
    struct Group: Sendable, Decodable {
        var `in`: Place
        var any: [String]
        var weight: Int
        var notAfter: [String]?
        var titleWords: Bool?
    }

    enum Place: String, Sendable, Decodable { case head, opening, body }

    struct Table: Sendable, Decodable {
        var version: Int
        var minimumWin: Int
        var minimumConfident: Int
        var confidentMargin: Int
        var datelineWeight: Int
        var yearLeadWeight: Int
        var kinds: [String: [Group]]
    }

    struct CompiledGroup: Sendable {
        var kind: DocumentKind
        var place: Place
        var phrases: [[Unicode.Scalar]]
        var notAfter: [[Unicode.Scalar]]
        var titleWords: Bool
        var weight: Int
    }

    public static let shared = DocumentClassifier(table: DomainResources.load("doctypes.json"))

    let groups: [CompiledGroup]
    /// Every phrase of each place → the groups (index, phrase index) it belongs to: one pass per place.
    let phrases: [Place: ScalarTrie<[Int]>]
    let table: Table
    public var version: Int { table.version }

    init(table: Table) {
        var groups: [CompiledGroup] = []
        func compact(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars.filter { !$0.isBlank }) }
        for kind in DocumentKind.allCases {
            for g in table.kinds[kind.rawValue] ?? [] {
                groups.append(CompiledGroup(kind: kind, place: g.in, phrases: g.any.map(compact),
                                            notAfter: (g.notAfter ?? []).map(compact), titleWords: g.titleWords ?? false,
                                            weight: g.weight))
            }
        }
        self.groups = groups
        self.table = table
        var byPlace: [Place: [String: [Int]]] = [:]
        for (index, group) in groups.enumerated() where !group.titleWords {
            for phrase in group.phrases { byPlace[group.place, default: [:]][String(scalars: phrase), default: []].append(index) }
        }
        phrases = byPlace.mapValues { ScalarTrie($0.map { ($0.key, $0.value) }) }
    }

    /// Classifies a normalized (simplified) text; `title` is the title the metadata found, if any.
    public func classify(_ layout: TextLayout, title: String?, vocabulary: MetadataVocabulary = .shared) -> DocumentClassification {
        let text = layout.scalars
        var headLines: [[Unicode.Scalar]] = []
        if let title { headLines.append(Self.outsideBookTitles(title.unicodeScalars.filter { !$0.isBlank })) }
        var opening: [Unicode.Scalar] = []
        var body: [Unicode.Scalar] = []
        var seen = 0
        let contentLines = layout.contentLineIndices
        for index in contentLines {
            let line = text[layout.lines[index].content]
            let compact = Array(line.filter { !$0.isBlank })
            if seen < 6, Self.looksLikeHeadLine(compact, vocabulary: vocabulary) {
                // 关于印发《…工作要点》的通知 is what it issues; other lines are not what they cite.
                headLines.append(compact.contains(subsequence: Self.issues) ? compact : Self.outsideBookTitles(compact))
                seen += 1
            }
            if opening.count < 600 { opening += compact.prefix(600 - opening.count) }
            if body.count < 1500 { body += compact.prefix(1500 - body.count) } else { break }
        }
        let head = Array(headLines.joined(separator: ["\n"]))

        var scores: [DocumentKind: Int] = [:]
        var cues: [DocumentKind: [String]] = [:]
        func add(_ kind: DocumentKind, _ weight: Int, _ cue: String) {
            scores[kind, default: 0] += weight
            cues[kind, default: []].append("\(kind.rawValue):\(cue)")
        }
        // Each place is scanned once; a group fires on its first phrase found (not right after a notAfter word).
        var fired: [Int: String] = [:]
        for (place, haystack) in [(Place.head, head), (.opening, opening), (.body, body)] {
            guard let trie = phrases[place] else { continue }
            for m in trie.allMatches(in: haystack) {
                for index in m.value where fired[index] == nil {
                    let blocked = groups[index].notAfter.contains { before in
                        m.range.lowerBound >= before.count && haystack[(m.range.lowerBound - before.count)..<m.range.lowerBound].elementsEqual(before)
                    }
                    if !blocked { fired[index] = String(scalars: haystack[m.range]) }
                }
            }
        }
        for (index, group) in groups.enumerated() {
            if group.titleWords {
                if headLines.contains(where: { vocabulary.containsTitleWords($0[...]) }) { add(group.kind, group.weight, "title") }
            } else if let phrase = fired[index] {
                add(group.kind, group.weight, phrase)
            }
        }
        if Self.opensWithDateline(opening) { add(.news, table.datelineWeight, "dateline") }
        if let first = contentLines.first(where: { !Self.isBreadcrumb(Array(text[layout.lines[$0].content])) && layout.lines[$0].content.count > 20 }),
           Self.opensWithYear(text[layout.lines[first].content]) {
            add(.ruleOfLawReport, table.yearLeadWeight, "year")
        }

        let report = scores[.ruleOfLawReport] ?? 0
        var best: DocumentKind?
        for kind in DocumentKind.allCases where kind != .ruleOfLawReport {
            if let score = scores[kind], score > (best.flatMap { scores[$0] } ?? 0) { best = kind }
        }
        guard let other = best, let otherScore = scores[other], otherScore >= table.minimumWin, otherScore > report else {
            return DocumentClassification(kind: .ruleOfLawReport, confident: true, cues: cues[.ruleOfLawReport] ?? [],
                                          reportScore: report)
        }
        let confident = otherScore >= table.minimumConfident && otherScore - report >= table.confidentMargin
        return DocumentClassification(kind: other, confident: confident, cues: cues[other] ?? [], reportScore: report)
    }

    static let issues = Array("印发".unicodeScalars)

    /// A line that may hold a title: short, no sentence punctuation, not a page label or path.
    static func looksLikeHeadLine(_ line: [Unicode.Scalar], vocabulary: MetadataVocabulary) -> Bool {
        guard line.count >= 4, line.count <= 70, !isBreadcrumb(line) else { return false }
        if line.contains("。") || line.contains("；") || line.contains("，") || line.contains(",") { return false }
        if let m = vocabulary.labels.longestMatch(in: line, at: 0), m.length < line.count,
           line[m.length] == ":" || line[m.length] == "：" { return false }
        return true
    }

    /// A line of the page's path (首页 > 政务公开 > …) rather than a title.
    static func isBreadcrumb(_ line: [Unicode.Scalar]) -> Bool {
        line.contains(">") || line.contains("»") || line.contains("＞") || line.contains(subsequence: Array("当前位置".unicodeScalars))
            || line.contains(subsequence: Array("所在位置".unicodeScalars))
    }

    /// The line without what stands inside 《》 (the documents it cites).
    static func outsideBookTitles<C: Collection>(_ line: C) -> [Unicode.Scalar] where C.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        var depth = 0
        for c in line {
            if c == "《" { depth += 1; continue }
            if c == "》" { depth = max(0, depth - 1); continue }
            if depth == 0 { out.append(c) }
        }
        return out
    }

    /// A paragraph that starts with a year and goes on (2024年，… / 2024年以来 / 2023年度，…).
    static func opensWithYear(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let s = Array(line.prefix(8))
        guard s.count >= 6, s[0] == "2", s[1...3].allSatisfy(\.isDigit), s[4] == "年" else { return false }
        return ",，以度".unicodeScalars.contains(s[5])
    }

    /// A news dateline: the opening starts with a month and day (6月25日，…; 本报杭州3月26日讯), not a year.
    static func opensWithDateline(_ opening: [Unicode.Scalar]) -> Bool {
        let start = Array(opening.prefix(16))
        for i in start.indices where start[i] == "月" {
            guard i >= 1, start[i - 1].isDigit else { continue }
            var j = i - 1
            while j > 0, start[j - 1].isDigit { j -= 1 }
            if j > 0, start[j - 1] == "年" { return false }
            if i - j > 2 { return false }
            var k = i + 1
            while k < start.count, start[k].isDigit { k += 1 }
            return k > i + 1 && k < start.count && start[k] == "日"
        }
        return false
    }
}
