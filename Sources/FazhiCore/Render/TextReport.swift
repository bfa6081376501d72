/// The readable text rendering of an analysis: metadata, outline, parts, figures, findings.
public struct TextReport: Sendable {
    public var analysis: Analysis
    /// The decoded original text, for quoting sentences.
    public var original: [Unicode.Scalar]

    public init(_ analysis: Analysis, original: String) {
        self.analysis = analysis
        self.original = original.scalarArray
    }

    public func render() -> String {
        let a = analysis
        let m = a.metadata
        var out: [String] = []
        out.append(m.title ?? "(无标题)")
        out.append("  文件     \(a.source.name) · \(a.source.format) · \(a.source.encoding) · \(a.source.characters) 字 · \(Labels.script(m.script))")
        out.append("  报告单位 \(m.issuer ?? "—")    辖区 \(m.jurisdiction ?? "—")    层级 \(Labels.level(m.level))")
        out.append("  报告年度 \(m.reportYear.map(String.init) ?? "—")    发布日期 \(m.publishedOn ?? "—")    落款日期 \(m.signedOn ?? "—")")
        out.append("  文号     \(m.documentNumber ?? "—")    索引号 \(m.indexNumber ?? "—")    主送 \(m.addressee ?? "—")")
        out.append("")
        out.append("结构")
        for part in a.parts {
            let where_ = part.inline ? "(段落内)" : ""
            out.append("  【\(Labels.part(part.kind))】\(where_) \(clip(part.heading, 48))  [\(part.range.start)–\(part.range.end)]")
            for section in a.outline where part.range.contains(section.range) || section.range.contains(part.range) {
                for child in section.children where part.range.contains(child.headingRange) {
                    out.append("      \(clip(child.heading, 44))")
                }
            }
        }
        out.append("")
        let figures = a.quantities
        out.append("数据 (\(figures.count) 项, 其中指标 \(figures.filter { $0.indicator != nil }.count) 项)")
        for part in a.parts {
            let inPart = figures.filter { part.range.contains($0.range) && $0.indicator != nil }
            guard !inPart.isEmpty else { continue }
            out.append("  【\(Labels.part(part.kind))】")
            for q in inPart {
                let indicator = q.indicator ?? ""
                out.append("    \(pad(indicator, 34)) \(pad(Labels.figure(q), 16)) \(q.text)  [\(q.range.start)–\(q.range.end)]\(page(q.range))")
            }
        }
        if let framework = a.framework {
            out.append("")
            out.append("\(framework.title)    \(FrameworkCoverage.legend)")
            out += framework.summaryLines().map { "  " + $0 }
        }
        out.append("")
        out.append("发现 (\(a.findings.count))")
        if a.findings.isEmpty { out.append("  无") }
        for f in a.findings.sorted(by: { $0.severity < $1.severity }) {
            out.append("  [\(Labels.severity(f.severity))] \(f.rule)\(f.subject.map { ":" + $0 } ?? "")  \(f.message)")
            if let basis = f.basis { out.append("      依据: \(clip(basis, 90))") }
            if let r = f.range { out.append("      证据: \(clip(quote(r), 60))  [\(r.start)–\(r.end)]\(page(r))") }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// " 第3页" for a place in a paged document (PDF, scan); nothing otherwise.
    func page(_ range: TextRange) -> String {
        analysis.source.page(at: range.start).map { " 第\($0)页" } ?? ""
    }

    func quote(_ r: TextRange) -> String {
        let lo = max(0, min(r.start, original.count))
        let hi = max(lo, min(r.end, original.count))
        return String(scalars: original[lo..<hi]).replacingNewlines()
    }
}

extension String {
    func replacingNewlines() -> String {
        String(scalars: unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}

/// Shortens to `n` characters with an ellipsis.
func clip(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(n)) + "…"
}

/// Pads to a display width of `n` columns (a Han character takes two).
func pad(_ s: String, _ n: Int) -> String {
    let width = s.unicodeScalars.reduce(0) { $0 + ($1.isHan || $1.value >= 0x3000 ? 2 : 1) }
    return width >= n ? s : s + String(repeating: " ", count: n - width)
}
