import Foundation

extension EvalResult {
    /// The summary table for both splits, then per-indicator counts and the misses of `missesOf`.
    public func render(corpus: String, missesOf splits: [EvalSplit], maxMisses: Int = .max) -> String {
        let dev = tally(.dev), holdout = tally(.holdout)
        var out = "fazhi eval: \(dev.documents + holdout.documents) documents in \(corpus) (dev \(dev.documents), holdout \(holdout.documents))\n"
        func row(_ name: String, _ cell: (EvalTally) -> String) {
            out += name.padding(toLength: 26, withPad: " ", startingAt: 0)
                + cell(dev).padding(toLength: 26, withPad: " ", startingAt: 0) + cell(holdout) + "\n"
        }
        func share(_ v: Double?, _ detail: String = "") -> String {
            guard let v else { return "—" }
            return String(format: "%.1f%%", v * 100) + (detail.isEmpty ? "" : "  \(detail)")
        }
        out += "split".padding(toLength: 26, withPad: " ", startingAt: 0) + "dev".padding(toLength: 26, withPad: " ", startingAt: 0) + "holdout\n"
        row("rule-of-law reports", { "\($0.reports)" })
        out += "metadata\n"
        for field in Evaluation.fields {
            row("  \(field)", { t in share(t.accuracy(field), "\(t.fieldsRight[field] ?? 0)/\(t.reports)") })
        }
        out += "figures (catalog indicators)\n"
        row("  precision", { t in share(t.figures.precision, "\(t.figures.hits)/\(t.figures.hits + t.figures.wrong)") })
        row("  recall", { t in share(t.figures.recall, "\(t.figures.hits)/\(t.figures.hits + t.figures.misses)") })
        row("  ungrounded ranges", { "\($0.ungrounded)" })
        out += "document type\n"
        row("  accuracy", { t in share(t.kindAccuracy, "\(t.kindsRight)/\(t.documents)") })
        row("  report precision", { t in share(t.reportPrecision) })
        row("  report recall", { t in share(t.reportRecall) })
        row("  reports set aside", { "\($0.reportsSetAside)" })
        row("  neighbours set aside", { "\($0.neighboursSetAside)/\($0.documents - $0.reports)" })
        row("label errors", { "\($0.labelErrors)" })

        for split in splits {
            let t = tally(split)
            out += "\nper indicator (\(split.rawValue)): hits / missed / wrong\n"
            for (id, f) in t.byIndicator.sorted(by: { $0.key < $1.key }) {
                out += "  \(id.padding(toLength: 36, withPad: " ", startingAt: 0)) \(f.hits) / \(f.misses) / \(f.wrong)\n"
            }
            out += "\nmisses (\(split.rawValue)):\n"
            var lines: [String] = []
            for s in scores[split.rawValue] ?? [] {
                for e in s.labelErrors { lines.append("  \(s.id) label error: \(e)") }
                if s.isReport && s.setAside {
                    lines.append("  \(s.id) doctype: a real report set aside as \(s.predictedKind ?? "-") [\(s.kindCues.joined(separator: " "))]")
                } else if s.predictedKind != s.goldKind {
                    lines.append("  \(s.id) doctype: want \(s.goldKind), got \(s.predictedKind ?? "-")\(s.setAside ? " (set aside)" : "") [\(s.kindCues.joined(separator: " "))]")
                }
                for m in s.fieldMisses {
                    lines.append("  \(s.id) \(m.field): want \(m.want ?? "null"), got \(m.got ?? "null")")
                }
                for f in s.figures where f.kind != .hit {
                    let what = f.kind == .miss ? "missed" : "wrong"
                    lines.append("  \(s.id) figure \(what) \(f.indicator) \(f.text) «\(f.context)» \(f.note ?? "")")
                }
                for u in s.ungrounded { lines.append("  \(s.id) ungrounded: \(u)") }
            }
            out += lines.prefix(maxMisses).joined(separator: "\n") + (lines.isEmpty ? "  none" : "") + "\n"
            if lines.count > maxMisses { out += "  … \(lines.count - maxMisses) more\n" }
        }
        return out
    }
}
