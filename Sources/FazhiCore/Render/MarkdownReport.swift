/// The Markdown rendering of an analysis, for pasting into a note or an issue.
public struct MarkdownReport: Sendable {
    public var analysis: Analysis

    public init(_ analysis: Analysis) {
        self.analysis = analysis
    }

    public func render() -> String {
        let a = analysis
        let m = a.metadata
        var out: [String] = []
        out.append("## \(m.title ?? "(无标题)")")
        out.append("")
        out.append("| 项目 | 内容 |")
        out.append("|---|---|")
        let rows: [(String, String?)] = [
            ("文件", "\(a.source.name) (\(a.source.format), \(a.source.encoding))"),
            ("报告单位", m.issuer), ("辖区", m.jurisdiction), ("层级", Labels.level(m.level)),
            ("报告年度", m.reportYear.map(String.init)), ("发布日期", m.publishedOn), ("落款日期", m.signedOn),
            ("文号", m.documentNumber), ("索引号", m.indexNumber), ("主送机关", m.addressee),
            ("文字", Labels.script(m.script)),
        ]
        for (k, v) in rows { out.append("| \(k) | \(escape(v ?? "—")) |") }
        out.append("")
        out.append("### 结构")
        out.append("")
        for part in a.parts {
            out.append("- **\(Labels.part(part.kind))**\(part.inline ? "(段落内)" : ""): \(escape(clip(part.heading, 60)))")
        }
        let figures = a.quantities.filter { $0.indicator != nil }
        if !figures.isEmpty {
            out.append("")
            out.append("### 指标数据")
            out.append("")
            out.append("| 指标 | 数值 | 原文 | 位置 |")
            out.append("|---|---|---|---|")
            for q in figures {
                out.append("| `\(q.indicator ?? "")` | \(Labels.figure(q)) | \(escape(q.text)) | \(q.range.start)–\(q.range.end) |")
            }
        }
        if let framework = a.framework {
            out.append("")
            out.append("### \(escape(framework.title))")
            out.append("")
            out.append(FrameworkCoverage.legend)
            out.append("")
            out += framework.summaryLines().map { "    " + $0 }
        }
        out.append("")
        out.append("### 发现")
        out.append("")
        if a.findings.isEmpty { out.append("无。") }
        for f in a.findings.sorted(by: { $0.severity < $1.severity }) {
            out.append("- **\(Labels.severity(f.severity))** `\(f.rule)\(f.subject.map { ":" + $0 } ?? "")`: \(escape(f.message))")
            if let basis = f.basis { out.append("  - 依据: \(escape(basis))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func escape(_ s: String) -> String {
        String(scalars: s.unicodeScalars.flatMap { $0 == "|" ? ["\\", "|"] : [$0] as [Unicode.Scalar] })
            .replacingNewlines()
    }
}
