/// Wraps a draft in one of the bank's government-site page shells: head scripts and styles,
/// navigation, breadcrumbs, the title, a 发布时间/来源 line, an optional 索引号 table, the report
/// in `<p>` (or `<div>`, or `<br>`-separated) paragraphs, share and print buttons, a footer.
///
/// The charset declaration is left as `{{charset}}` for the encoder to fill.
enum SynthPage {
    static func wrap(_ draft: SynthDraft, plan: SynthPlan, bank: SynthBank, names: [String: String],
                     rng: inout SynthRandom) -> String {
        let entities = rng.chance(0.3)
        func escape(_ s: String) -> String { MarkupEscape.escape(s, curlyQuotes: entities) }
        let style = rng.int(0...3)
        let bold = rng.chance(0.4)
        var paragraphs: [String] = []
        if let number = draft.docNumber { paragraphs.append("<p style=\"text-align:center\">\(escape(number))</p>") }
        for line in draft.body {
            var text = escape(line.text)
            if bold, line.kind == .part { text = "<strong>\(text)</strong>" }
            switch style {
            case 0: paragraphs.append("<p style=\"text-indent:2em;\">\(text)</p>")
            case 1: paragraphs.append("<p>&nbsp;&nbsp;&nbsp;&nbsp;\(text)</p>")
            case 2: paragraphs.append("<div>\(text)</div>")
            default: paragraphs.append("\(text)<br />")
            }
        }
        var body = paragraphs.joined(separator: "\n")
        if style == 3 { body = "<p>\n\(body)\n</p>" }

        let title = escape(draft.title ?? names["site"] ?? "")
        let division = names["divisionName"] ?? ""
        let code = names["indexNumber"].map { String($0.prefix(6)) } ?? "000000"
        let meta = plan.metaBlock
            ? SynthTemplate.fillFields(bank.metaTable, [
                "indexNumber": names["indexNumber"] ?? "", "issuer": names["issuer"] ?? "",
                "docNumber": names["docNumber"] ?? "", "signedDateISO": names["signedDateISO"] ?? "",
            ])
            : ""
        let fields = [
            "title": title,
            "site": escape(names["site"] ?? ""),
            "pubDateTime": draft.publishedOn.map { "\($0) \(names["pubTime"] ?? "")" } ?? "",
            "info": escape(draft.info ?? ""),
            "meta": meta,
            "owner": escape(division + "人民政府办公室"),
            "siteCode": code + String(rng.int(1000...9999)),
            "icp": "ICP备\(rng.int(10_000_000...99_999_999))号",
            "vendor": rng.pick(bank.vendors),
            "prevTitle": escape((names["name"] ?? "") + "\(names["prevYear"] ?? "")年法治政府建设年度报告"),
            "body": body,
        ]
        // One pass: the report text put in is not scanned for fields again.
        return SynthTemplate.fillFields(rng.pick(bank.pages), fields)
    }
}
