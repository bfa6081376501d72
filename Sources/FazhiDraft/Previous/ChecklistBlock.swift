import Foundation

/// The `previous:` block `fazhi draft --previous` appends to a ledger: last year's figures and a
/// checklist of its shortcomings and plan items, each `status: pending` until the author marks it
/// `rectified` or `carried_over` (the draft stops while any is pending).
public enum ChecklistBlock {
    /// `ledger` with the block added: appended to YAML with comments; in a JSON ledger, a `"previous"`
    /// member inserted before the closing brace. `nil` for JSON without a closing brace.
    public static func adding(_ previous: PreviousReport, to ledger: String, json: Bool) -> String? {
        guard json else { return ledger + yaml(previous) }
        guard let close = ledger.lastIndex(of: "}") else { return nil }
        let head = ledger[..<close].replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        let separator = head.hasSuffix("{") ? "" : ","
        return head + separator + "\n  \"previous\": " + self.json(previous) + "\n}" + ledger[ledger.index(after: close)...]
    }

    /// The block as a JSON object, indented to stand as a member of the ledger's top-level object.
    public static func json(_ previous: PreviousReport) -> String {
        var members: [String] = []
        if let year = previous.year { members.append("\"year\": \(year)") }
        members.append("\"source\": \(quoted(previous.source))")
        if !previous.figures.isEmpty {
            let figures = previous.figures.map { "      \(quoted($0.indicator)): \(FigureWriter.number($0.value))" }
            members.append("\"figures\": {\n" + figures.joined(separator: ",\n") + "\n    }")
        }
        let items = previous.shortcomings.map { ($0, "shortcoming") } + previous.plan.map { ($0, "plan") }
        if !items.isEmpty {
            let list = items.map { "      {\"item\": \(quoted($0.0)), \"kind\": \"\($0.1)\", \"status\": \"pending\"}" }
            members.append("\"checklist\": [\n" + list.joined(separator: ",\n") + "\n    ]")
        }
        return "{\n    " + members.joined(separator: ",\n    ") + "\n  }"
    }

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

    /// A double-quoted string, valid in YAML and JSON.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
