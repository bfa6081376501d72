/// The readable text rendering of report comparisons: per pair and part kind, the verdict, the
/// scores and the shared passages (clipped), with their ranges in both originals.
///
/// ```
/// 甲 a.txt(北京市门头沟区 2020年度)
/// 乙 b.txt(天津市武清区 2023年度)
///   【存在的不足和原因】 雷同  Jaccard 0.82  甲在乙中 0.90  乙在甲中 0.89
///     共有段落 1 处
///     甲[1703–1899] 乙[2321–2535]  184字, 逐字相同 176字
///       甲 各部门对法治政府建设的重视程度参差不齐。…
///       乙 各部门对法治政府建设的重视程度参差不齐。…
/// ```
public struct SimilarityTextReport: Sendable {
    public var comparisons: [ReportComparison]
    /// Characters of a passage shown before it is clipped.
    public var width: Int

    public init(_ comparisons: [ReportComparison], width: Int = 60) {
        self.comparisons = comparisons
        self.width = width
    }

    public func render() -> String {
        var out = comparisons.map(render).joined(separator: "\n")
        if comparisons.count > 1 {
            let counts = SimilarityVerdict.allCases.map { v in
                "\(Labels.verdict(v)) \(comparisons.filter { $0.verdict == v }.count) 对"
            }
            out += "\n共比较 \(comparisons.count) 对: \(counts.joined(separator: ", "))\n"
        }
        return out
    }

    func render(_ c: ReportComparison) -> String {
        var out = ["甲 \(describe(c.a))", "乙 \(describe(c.b))"]
        if c.results.isEmpty { out.append("  (两份报告没有同类部分可比)") }
        for r in c.results {
            let kinds = r.kindA == r.kindB ? "【\(Labels.part(r.kindA))】"
                : "【甲·\(Labels.part(r.kindA))】↔【乙·\(Labels.part(r.kindB))】"
            out.append("  \(pad(kinds, 22)) \(pad(Labels.verdict(r.verdict), 8)) Jaccard \(Self.score(r.jaccard))"
                + "  甲在乙中 \(Self.score(r.aInB))  乙在甲中 \(Self.score(r.bInA))")
            guard !r.passages.isEmpty else { continue }
            out.append("    共有段落 \(r.passages.count) 处")
            for p in r.passages {
                let same = p.identical == p.length ? "逐字相同" : "逐字相同 \(p.identical)字"
                out.append("    甲[\(p.a.start)–\(p.a.end)] 乙[\(p.b.start)–\(p.b.end)]  \(p.length)字, \(same)")
                out.append("      甲 \(clip(Self.oneLine(p.textA), width))")
                if p.textB != p.textA { out.append("      乙 \(clip(Self.oneLine(p.textB), width))") }
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    func describe(_ side: ReportComparison.Side) -> String {
        let who = [side.jurisdiction, side.reportYear.map { "\($0)年度" }].compactMap { $0 }.joined(separator: " ")
        return who.isEmpty ? side.name : "\(side.name)(\(who))"
    }

    /// The text on one line, each run of blanks and line breaks made one space.
    static func oneLine(_ text: String) -> String {
        var out: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            let blank = s.isBlank || s == "\n" || s == "\r"
            if blank { if out.last != " " { out.append(" ") } } else { out.append(s) }
        }
        return String(scalars: out)
    }

    static func score(_ v: Double) -> String {
        let hundredths = Int((v * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }
}

extension Labels {
    public static func verdict(_ v: SimilarityVerdict) -> String {
        switch v {
        case .copied: "雷同"
        case .partial: "部分相同"
        case .distinct: "不同"
        }
    }
}
