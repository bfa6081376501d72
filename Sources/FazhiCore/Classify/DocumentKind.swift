/// What kind of document a text is. A government's 年度报告 column mixes the rule-of-law report with
/// its neighbours; only the first is Fazhi's to analyze, the others are recognized so that an ingest
/// of a whole column can set them aside.
public enum DocumentKind: String, Sendable, Codable, Hashable, CaseIterable {
    /// 法治政府建设年度报告 (also 依法行政 reports before 2019, and departments' 法治建设 reports).
    case ruleOfLawReport = "rule_of_law_report"
    /// 政府信息公开工作年度报告.
    case infoDisclosureReport = "info_disclosure_report"
    /// 政府工作报告.
    case governmentWorkReport = "government_work_report"
    /// 工作要点, 实施方案, 工作安排, 计划.
    case plan
    /// News, 解读 and notices about a report.
    case news
    case other

    /// The name a Chinese reader knows it by.
    public var label: String {
        switch self {
        case .ruleOfLawReport: "法治政府建设年度报告"
        case .infoDisclosureReport: "政府信息公开工作年度报告"
        case .governmentWorkReport: "政府工作报告"
        case .plan: "工作要点、方案、计划"
        case .news: "新闻、解读"
        case .other: "其他"
        }
    }
}

/// The kind of a document, and whether the classifier is sure enough to set it aside.
public struct DocumentClassification: Sendable, Hashable, Codable {
    public var kind: DocumentKind
    /// For a kind other than the rule-of-law report: the evidence is strong and clearly ahead of the
    /// report's own (only then does an ingest skip it). Always `true` for a rule-of-law report.
    public var confident: Bool
    /// The phrases that decided it, as `kind:phrase`.
    public var cues: [String]
    /// How strongly the text reads as a rule-of-law report (the sum of its cues' weights).
    public var reportScore: Int

    public init(kind: DocumentKind, confident: Bool, cues: [String] = [], reportScore: Int = 0) {
        self.kind = kind
        self.confident = confident
        self.cues = cues
        self.reportScore = reportScore
    }

    /// Whether the document should be set aside as not a rule-of-law report.
    public var isConfidentlyOther: Bool { kind != .ruleOfLawReport && confident }

    /// The least report score that makes a text with neither title nor parts a report: more than the
    /// bare mention of 法治政府建设 (a README about reports has that too).
    public static let minimumReportScore = 4
}

extension Analysis {
    /// Whether the document is one to keep as a rule-of-law report: not confidently another kind of
    /// document, and reading as a report at all — a title naming 法治…报告, a recognizable part, or
    /// more rule-of-law wording than a mention (``DocumentClassification/minimumReportScore``).
    /// `fazhi ingest` and the portal store only these; `fazhi eval` counts real reports refused.
    public var readsAsReport: Bool {
        let kind = document ?? DocumentClassification(kind: .ruleOfLawReport, confident: true, reportScore: .max)
        if kind.isConfidentlyOther { return false }
        return metadata.title != nil || !parts.isEmpty || kind.reportScore >= DocumentClassification.minimumReportScore
    }
}
