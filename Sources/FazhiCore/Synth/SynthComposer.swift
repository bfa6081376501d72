/// Writes the text of one synthetic report from the phrase banks: chrome, title, addressee,
/// opening, the parts in the plan's order, the 落款 and the footer.
struct SynthComposer {
    let bank: SynthBank
    let plan: SynthPlan
    let body: SynthBody
    let seed: UInt64
    var names: [String: String]
    var figures: SynthFigures
    var rng: SynthRandom
    var draft = SynthDraft()
    /// The framework areas the measures part covered, in order (the plan follows them).
    var areasUsed: [String] = []
    /// The shortcomings say last year's problems were rectified.
    var wroteRectification = false
    /// The plan part's heading names the report year (the plan was meant to contradict it).
    var wrotePlanYearError = false
    /// The report ends with its 落款 (the issuer's name).
    var wroteSignature = false

    init(bank: SynthBank, plan: SynthPlan, body: SynthBody, seed: UInt64, figures: SynthFigures) {
        self.bank = bank
        self.plan = plan
        self.body = body
        self.seed = seed
        self.figures = figures
        rng = SynthRandom(seed: seed, index: plan.index, stream: .text)
        names = body.names.merging(SynthBody.eraNames(year: plan.year, planYear: plan.planYear)) { a, _ in a }
        names["issuer"] = body.issuer
        names["titleName"] = rng.pick(body.titleNames)
        names["site"] = body.division.name + "人民政府"
        names["source"] = rng.chance(0.6) ? body.issuer : (body.level == .department ? body.issuer : (names["gov"] ?? "") + "办公室")
        names["pubDate"] = plan.published.iso
        let hour = rng.int(8...18)
        names["pubTime"] = (hour < 10 ? "0\(hour)" : "\(hour)") + ":\(rng.int(10...59))"
        names["views"] = String(rng.int(80...9000))
        names["signedDateISO"] = plan.signed.iso
        names["asOf"] = rng.chance(0.5) ? "截至\(plan.year)年12月31日" : "截至\(plan.year)年底"
        names["docNumber"] = docNumber()
        names["indexNumber"] = "\(body.division.code)-\(plan.planYear)-\(String(rng.int(1000...9999)))"
    }

    /// Fills a phrase's slots.
    mutating func render(_ text: String) -> String {
        SynthTemplate.render(text, names: names, figures: &figures)
    }

    /// A phrase of `entries` that fits the report's level and year (nil when none does).
    mutating func pick(_ entries: [SynthBank.Entry]) -> String? {
        let fitting = entries.filter { $0.fits(plan.level, plan.year) }
        return fitting.isEmpty ? nil : rng.pick(fitting).text
    }

    mutating func compose() -> SynthDraft {
        header()
        if plan.hasTitle { title() }
        if plan.addressee, let options = bank.addressees[body.level.rawValue] { draft.paragraph(render(rng.pick(options))) }
        // A report without a title names itself in its opening (懷柔區 in seed 004).
        let openings = plan.hasTitle ? bank.openings : bank.openings.filter { $0.text.contains("{name}") }
        if let opening = pick(openings) { draft.paragraph(render(opening)) }
        for (number, kind) in plan.headedParts.enumerated() {
            draft.part(topMarker(number + 1) + render(heading(kind)))
            switch kind {
            case .measures: measures()
            case .shortcomings: shortcomings()
            case .leadership: leadership()
            case .plan: planPart()
            case .other: other()
            }
        }
        if plan.closing { draft.paragraph(rng.pick(bank.closings)) }
        signature()
        if plan.chrome { draft.footer = rng.subset(bank.chrome.bottom, count: rng.int(1...3)).map { render($0) } }
        return draft
    }

    private mutating func heading(_ kind: PartKind) -> String {
        let h = bank.partHeadings
        switch kind {
        case .measures: return rng.pick(h.measures)
        case .shortcomings: return rng.pick(h.shortcomings)
        case .leadership: return rng.pick(h.leadership)
        case .plan:
            let text = rng.pick(h.plan)
            guard plan.wrongPlanYear, text.contains("{planYear}") else { return text }
            wrotePlanYearError = true
            return text.replacing("{planYear}", with: "{year}")
        case .other: return rng.pick(h.other)
        }
    }

    private mutating func header() {
        let info = plan.writesPublished ? rng.pick(bank.chrome.info) : rng.pick(bank.chrome.infoNoDate)
        if plan.format == .html || plan.chrome { draft.info = render(info) }
        if plan.writesPublished, draft.info != nil {
            draft.publishedOn = plan.published.iso
            draft.dateTexts += [plan.published.iso, names["pubTime"] ?? ""]
        }
        if plan.metaBlock { draft.meta = bank.chrome.meta.filter { _ in rng.chance(0.8) }.map { render($0) } }
        if plan.chrome { draft.header = rng.subset(bank.chrome.top, count: rng.int(1...3)).map { render($0) } }
    }

    private mutating func title() {
        let patterns = body.level == .township ? bank.titles.township
            : body.level == .department ? bank.titles.department : bank.titles.government
        let text = render(pick(patterns) ?? "{titleName}{year}年法治政府建设年度报告")
        let name = names["titleName"] ?? ""
        if plan.splitTitle, text.hasPrefix(name), name.count >= 4 {
            draft.titleLines = [name, String(text.dropFirst(name.count))]
        } else {
            draft.titleLines = [text]
        }
        if plan.docNumberLine { draft.docNumber = names["docNumber"] }
    }

    private mutating func signature() {
        guard !plan.hasTitle || rng.chance(0.9) else { return }
        draft.paragraph(body.issuer)
        wroteSignature = true
        if plan.writesSigned {
            let date = plan.signedInNumerals ? plan.signed.chineseNumerals : plan.signed.chinese
            draft.paragraph(date)
            draft.signedOn = plan.signed.iso
            draft.dateTexts.append(date)
        }
    }

    /// 文号 such as 厦海政〔2021〕26号: the initials of the division (and its city), 政 or the
    /// department's initial and 发.
    private mutating func docNumber() -> String {
        var initials = ""
        if body.division.level == .county, let parent = Gazetteer.shared.parent(of: body.division) {
            initials += String(parent.name.prefix(1))
        }
        initials += String(body.division.name.prefix(1))
        initials += body.department.map { String($0.prefix(1)) + "发" } ?? (body.township != nil ? "办发" : "政")
        return "\(initials)〔\(plan.planYear)〕\(rng.int(1...120))号"
    }

    // MARK: markers

    func topMarker(_ n: Int) -> String {
        let numeral = ChineseNumeral.write(n)
        switch plan.topStyle {
        case .chinese: return numeral + "、"
        case .part: return "第\(numeral)部分　"
        case .dot: return numeral + "．"
        }
    }

    /// The marker of an area or item directly under a part.
    func subMarker(_ n: Int) -> String {
        if plan.topStyle == .part { return ChineseNumeral.write(n) + "、" }
        switch plan.subStyle {
        case .paren: return "（\(ChineseNumeral.write(n))）"
        case .arabic: return "\(n)."
        case .arabicComma: return "\(n)、"
        }
    }

    /// The marker one level below ``subMarker(_:)``.
    func itemMarker(_ n: Int) -> String {
        if plan.topStyle == .part { return "（\(ChineseNumeral.write(n))）" }
        return plan.subStyle == .paren ? "\(n)." : "（\(n)）"
    }

    /// Items run in one paragraph: 一是…二是…三是….
    func enumerated(_ items: [String], separator: String = "") -> String {
        items.enumerated().map { i, item in
            (i < bank.inlineEnumerators.count ? bank.inlineEnumerators[i] : "") + item
        }.joined(separator: separator)
    }
}
