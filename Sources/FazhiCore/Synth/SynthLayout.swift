/// Lays a draft out as a plain-text file, the way reports copied from a site or a word
/// processor look: optional chrome, a metadata block, the title, indented paragraphs with or
/// without blank lines between them, the 落款, footer chrome.
enum SynthLayout {
    static func text(_ draft: SynthDraft, plan: SynthPlan, rng: inout SynthRandom) -> String {
        var top: [String] = draft.header
        let infoFirst = rng.chance(0.3)
        if infoFirst, let info = draft.info { top.append(info) }
        top += draft.meta
        top += draft.titleLines
        if let number = draft.docNumber { top.append(number) }
        if !infoFirst, let info = draft.info { top.append(info) }
        let body = draft.body.map { plan.indent + $0.text }
        let separator = plan.blankLines ? "\n\n" : "\n"
        var text = top.joined(separator: "\n")
        if !text.isEmpty { text += plan.blankLines || rng.chance(0.5) ? "\n\n" : "\n" }
        text += body.joined(separator: separator)
        if !draft.footer.isEmpty { text += "\n\n" + draft.footer.joined(separator: "\n") }
        return text + (rng.chance(0.7) ? "\n" : "")
    }
}
