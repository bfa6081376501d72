import Foundation

/// Counts over a set of documents.
public struct EvalTally: Sendable, Codable {
    public struct Figures: Sendable, Codable {
        public var hits = 0, misses = 0, wrong = 0
        public var precision: Double? { hits + wrong == 0 ? nil : Double(hits) / Double(hits + wrong) }
        public var recall: Double? { hits + misses == 0 ? nil : Double(hits) / Double(hits + misses) }
    }

    public var documents = 0
    public var reports = 0
    public var fieldsRight: [String: Int] = [:]
    public var figures = Figures()
    public var byIndicator: [String: Figures] = [:]
    public var kindsRight = 0
    /// Rule-of-law reports found as such, neighbours taken for one, reports taken for another kind.
    public var reportTruePositive = 0, reportFalsePositive = 0, reportFalseNegative = 0
    /// Real reports an ingest would have set aside (must stay 0).
    public var reportsSetAside = 0
    /// Neighbours an ingest sets aside (the rest are stored with their kind).
    public var neighboursSetAside = 0
    public var ungrounded = 0
    public var labelErrors = 0

    mutating func add(_ s: DocumentScore) {
        documents += 1
        labelErrors += s.labelErrors.count
        ungrounded += s.ungrounded.count
        if s.predictedKind == s.goldKind { kindsRight += 1 }
        let predictedReport = s.predictedKind == "rule_of_law_report"
        switch (s.isReport, predictedReport) {
        case (true, true): reportTruePositive += 1
        case (false, true): reportFalsePositive += 1
        case (true, false): reportFalseNegative += 1
        case (false, false): break
        }
        if s.isReport && s.setAside { reportsSetAside += 1 }
        if !s.isReport && s.setAside { neighboursSetAside += 1 }
        guard s.isReport else { return }
        reports += 1
        for (field, ok) in s.fields where ok { fieldsRight[field, default: 0] += 1 }
        for f in s.figures {
            switch f.kind {
            case .hit: figures.hits += 1; byIndicator[f.indicator, default: .init()].hits += 1
            case .miss: figures.misses += 1; byIndicator[f.indicator, default: .init()].misses += 1
            case .wrong: figures.wrong += 1; byIndicator[f.indicator, default: .init()].wrong += 1
            }
        }
    }

    /// The share of reports whose `field` is right.
    public func accuracy(_ field: String) -> Double? {
        reports == 0 ? nil : Double(fieldsRight[field] ?? 0) / Double(reports)
    }

    public var kindAccuracy: Double? { documents == 0 ? nil : Double(kindsRight) / Double(documents) }
    public var reportPrecision: Double? {
        reportTruePositive + reportFalsePositive == 0 ? nil : Double(reportTruePositive) / Double(reportTruePositive + reportFalsePositive)
    }
    public var reportRecall: Double? {
        reportTruePositive + reportFalseNegative == 0 ? nil : Double(reportTruePositive) / Double(reportTruePositive + reportFalseNegative)
    }

    /// The figures the gate reads, by name (shares as fractions, counts as counts).
    public var metrics: [String: Double] {
        var m: [String: Double] = [:]
        for field in Evaluation.fields { if let a = accuracy(field) { m["metadata.\(field)"] = a } }
        if let p = figures.precision { m["figures.precision"] = p }
        if let r = figures.recall { m["figures.recall"] = r }
        if let a = kindAccuracy { m["doctype.accuracy"] = a }
        if let p = reportPrecision { m["doctype.report_precision"] = p }
        if let r = reportRecall { m["doctype.report_recall"] = r }
        m["doctype.reports_set_aside"] = Double(reportsSetAside)
        m["figures.ungrounded"] = Double(ungrounded)
        m["labels.errors"] = Double(labelErrors)
        return m
    }
}

/// The evaluation of a corpus: a tally per split, and every document's score.
public struct EvalResult: Sendable, Codable {
    public var tallies: [String: EvalTally] = [:]
    public var scores: [String: [DocumentScore]] = [:]

    public init() {}

    mutating func add(_ score: DocumentScore, split: EvalSplit) {
        tallies[split.rawValue, default: EvalTally()].add(score)
        scores[split.rawValue, default: []].append(score)
    }

    public func tally(_ split: EvalSplit) -> EvalTally { tallies[split.rawValue] ?? EvalTally() }
}
