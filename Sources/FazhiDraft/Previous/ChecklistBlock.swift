/// The `previous:` block `fazhi draft --previous` appends to a ledger: last year's figures and a
/// checklist of its shortcomings and plan items, each `status: pending` until the author marks it
/// `rectified` or `carried_over` (the draft stops while any is pending).
public enum ChecklistBlock {
    public static func yaml(_ previous: PreviousReport) -> String {
        var lines = [
            "",
            "# Carried over from last year's report by `fazhi draft --previous`.",
            "# Mark each checklist item `rectified` (已整改/已落实) or `carried_over` (继续整改/继续推进);",
            "# the draft stops while any is `pending`. Figures are last year's, written beside this year's (同比).",
            "previous:",
        ]
        if let year = previous.year { lines.append("  year: \(year)") }
        lines.append("  source: \(quoted(previous.source))")
        if !previous.figures.isEmpty {
            lines.append("  figures:")
            for figure in previous.figures {
                lines.append("    \(figure.indicator): \(FigureWriter.number(figure.value))")
            }
        }
        let items = previous.shortcomings.map { ($0, "shortcoming") } + previous.plan.map { ($0, "plan") }
        if !items.isEmpty {
            lines.append("  checklist:")
            for (item, kind) in items {
                lines += ["    - item: \(quoted(item))", "      kind: \(kind)", "      status: pending"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted string.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
