/// The choices that make one synthetic report: who writes it, for which year, in what
/// structure, script, encoding and format. Drawn from the report's `plan` stream.
struct SynthPlan: Sendable {
    enum TopStyle: String, Sendable { case chinese = "一、", part = "第一部分", dot = "一．" }
    enum SubStyle: Sendable { case paren, arabic, arabicComma }
    enum Format: String, Sendable, CaseIterable {
        case text, html, docx

        /// The file extension: `txt`, `html`, `docx`.
        var fileExtension: String { self == .text ? "txt" : rawValue }
    }

    var index: Int
    var level: GovernmentLevel
    var year: Int
    var planYear: Int { year + 1 }
    /// When the report was (or would have been) published, and whether that is after 4月1日.
    var published: SynthDate
    var publishedLate: Bool
    var writesPublished: Bool
    var signed: SynthDate
    var writesSigned: Bool
    var signedInNumerals: Bool
    var hasTitle: Bool
    var splitTitle: Bool
    var docNumberLine: Bool
    var addressee: Bool
    /// The parts that have a heading, in order.
    var headedParts: [PartKind]
    var inlineShortcomings: Bool
    var nestedLeadership: Bool
    var topStyle: TopStyle
    var subStyle: SubStyle
    var script: Script
    var conversion: String?
    var encoding: TextEncoding
    var format: Format
    var chrome: Bool
    var metaBlock: Bool
    var halfWidth: Bool
    var crlf: Bool
    var indent: String
    var blankLines: Bool
    var closing: Bool
    /// The first rate the report states contradicts its counts.
    var contradictRate: Bool
    /// The plan part's heading names the report year instead of the next (plan.year).
    var wrongPlanYear: Bool
    /// The report whose shortcomings this one copies.
    var copySource: Int?

    /// The parts in the order a reader finds them: the headed ones, with an unheaded shortcomings
    /// paragraph or a leadership item nested in the measures right after the measures.
    var parts: [PartKind] {
        var kinds: [PartKind] = []
        for kind in headedParts {
            kinds.append(kind)
            if kind == .measures, inlineShortcomings { kinds.append(.shortcomings) }
            if kind == .measures, nestedLeadership { kinds.append(.leadership) }
        }
        return kinds
    }

    static func make(seed: UInt64, index: Int, bank: SynthBank) -> SynthPlan {
        var r = SynthRandom(seed: seed, index: index, stream: .plan)
        let levels = GovernmentLevel.allCases
        let level = levels[r.weighted(levels.map { bank.levelWeights[$0.rawValue] ?? 1 })]
        let years = bank.yearWeights.keys.compactMap { Int($0) }.sorted()
        let year = years[r.weighted(years.map { bank.yearWeights[String($0)] ?? 1 })]
        let format = [Format.text, .html, .docx][r.weighted([0.74, 0.2, 0.06])]
        let chrome = format == .text && r.chance(0.45)

        // Dates: most reports are published in the first quarter, some in December, ~15% late.
        var published: SynthDate
        var signed: SynthDate
        if r.chance(0.06) {
            signed = SynthDate(year: year, month: 12, day: r.int(10...31))
            published = signed.adding(days: r.int(0...20))
        } else {
            published = r.chance(0.15)
                ? SynthDate(year: year + 1, month: 4, day: 2).adding(days: r.int(0...110))
                : SynthDate(year: year + 1, month: 1, day: 10).adding(days: r.int(0...80))
            signed = published.adding(days: -r.int(0...25))
        }
        let late = SynthDate(year: year + 1, month: 4, day: 1) < published

        // Structure: the mandated order, with the variations real reports show.
        let inline = r.chance(0.1)
        let leadershipMissing = r.chance(year <= 2018 ? 0.4 : 0.12)
        let nested = !inline && !leadershipMissing && r.chance(0.05)
        var parts: [PartKind] = [.measures, .shortcomings, .leadership, .plan]
        let other = r.chance(0.1)
        if r.chance(0.08) {
            parts = r.pick([[.measures, .leadership, .shortcomings, .plan], [.measures, .shortcomings, .plan, .leadership]])
            if other { parts.insert(.other, at: 1) }
        } else if other {
            parts.insert(.other, at: r.chance(0.5) ? 1 : parts.count)
        }
        if leadershipMissing || nested { parts.removeAll { $0 == .leadership } }
        if inline { parts.removeAll { $0 == .shortcomings } }
        if r.chance(0.03) { parts.removeAll { $0 == .plan } }

        // Script and encoding: OpenCC's s2t writes the standard forms (爲, 衆) Big5 lacks, so Big5
        // reports use the Taiwan forms (s2tw) or Taiwan phrasing too (s2twp, 程式 for 程序).
        let traditional = r.chance(0.15)
        let conversion = traditional ? r.pick(["s2t", "s2t", "s2tw", "s2tw", "s2twp"]) : nil
        let encoding: TextEncoding
        if format == .docx {
            encoding = .utf8
        } else if r.chance(0.015) {
            encoding = r.pick([.utf16LE, .utf16LE, .utf16BE])
        } else if let conversion {
            encoding = conversion == "s2t" ? r.pick([.utf8, .utf8, .utf8, .gb18030]) : r.pick([.big5, .big5, .utf8])
        } else {
            encoding = r.chance(0.1) ? .gb18030 : r.chance(0.03) ? .utf8BOM : .utf8
        }
        let government = level != .township
        return SynthPlan(
            index: index, level: level, year: year, published: published, publishedLate: late,
            writesPublished: format == .html ? r.chance(0.92) : chrome && r.chance(0.85),
            signed: signed, writesSigned: r.chance(0.8), signedInNumerals: r.chance(0.06),
            hasTitle: format == .html || r.chance(0.95), splitTitle: format == .text && r.chance(0.05),
            docNumberLine: government && r.chance(0.12),
            addressee: r.chance(level == .township ? 0.1 : level == .department ? 0.15 : 0.25),
            headedParts: parts, inlineShortcomings: inline, nestedLeadership: nested,
            topStyle: r.pick([.chinese, .chinese, .chinese, .chinese, .chinese, .chinese, .chinese, .chinese, .part, .dot]),
            subStyle: r.pick([.paren, .paren, .paren, .arabic, .arabicComma]),
            script: traditional ? .traditional : .simplified, conversion: conversion,
            encoding: encoding, format: format, chrome: chrome, metaBlock: format == .text ? r.chance(0.12) : format == .html && r.chance(0.25),
            halfWidth: r.chance(0.3), crlf: r.chance(0.08), indent: r.pick(["", "", "", "", "  ", "  ", "　　", "　　", "    "]),
            blankLines: r.chance(0.5), closing: r.chance(0.25), contradictRate: r.chance(0.35),
            wrongPlanYear: r.chance(0.04),
            copySource: copySource(seed: seed, index: index))
    }

    /// The report whose shortcomings report `index` copies, if it copies (about 4% do): one of
    /// the 500 before it.
    static func copySource(seed: UInt64, index: Int) -> Int? {
        var r = SynthRandom(seed: seed, index: index, stream: .copy)
        guard index > 0, r.chance(0.04) else { return nil }
        return index - 1 - r.int(0...min(index - 1, 499))
    }

    /// The report whose own words a copied shortcomings part goes back to (a copy of a copy
    /// goes back to the first).
    static func shortcomingsOrigin(seed: UInt64, index: Int) -> Int {
        var current = index
        while let source = copySource(seed: seed, index: current) { current = source }
        return current
    }
}
