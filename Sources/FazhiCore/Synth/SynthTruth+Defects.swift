extension SynthTruth {
    /// A finding a report was written to draw: a rule id of `rules.json` and its subject, as
    /// ``Finding`` names them (`parts.missing` / `leadership`, `consistency.rate` / an indicator).
    public struct Defect: Sendable, Codable, Hashable {
        public var rule: String
        public var subject: String
    }

    /// The findings a correct analysis of the report makes, from what the generator wrote: the
    /// parts, dates and title as written (an early title on 依法行政 lacks the topic), whether
    /// the issuer is named where it is read, the rate it stated off its counts, the plan year it
    /// got wrong, the rectification it left out.
    static func defects(
        parts: [PartKind], title: String?, issuerNamed: Bool, publishedOn: String?, signedOn: String?, level: GovernmentLevel,
        reportYear year: Int, rate: RateCheck?, wroteRectification: Bool, wrotePlanYearError: Bool
    ) -> [Defect] {
        var defects: [Defect] = []
        if let title {
            if !title.contains(String(year)) { defects.append(Defect(rule: "title.format", subject: "year")) }
            if !title.contains("法治政府建设") { defects.append(Defect(rule: "title.format", subject: "topic")) }
        } else {
            defects.append(Defect(rule: "metadata.missing", subject: "title"))
        }
        if !issuerNamed { defects.append(Defect(rule: "metadata.missing", subject: "issuer")) }
        for kind in PartKind.mandated where !parts.contains(kind) {
            defects.append(Defect(rule: "parts.missing", subject: kind.rawValue))
        }
        let mandated = parts.filter { $0 != .other }
        let rank = { (kind: PartKind) in PartKind.mandated.firstIndex(of: kind) ?? 99 }
        if zip(mandated, mandated.dropFirst()).contains(where: { rank($0) > rank($1) }) {
            defects.append(Defect(rule: "parts.order", subject: mandated.map(\.rawValue).joined(separator: ",")))
        }
        if let publishedOn {
            if publishedOn > "\(year + 1)-03-31" { defects.append(Defect(rule: "publication.late", subject: "publishedOn")) }
        } else {
            defects.append(Defect(rule: "publication.unknown", subject: "publishedOn"))
        }
        let dated = signedOn != nil ? "signedOn" : "publishedOn"
        if level == .department, let date = signedOn ?? publishedOn, date > "\(year + 1)-02-29" {
            defects.append(Defect(rule: "reporting.late", subject: dated))
        }
        if let date = signedOn ?? publishedOn, date < "\(year)-12-31" {
            defects.append(Defect(rule: "dating.premature", subject: dated))
        }
        if wrotePlanYearError { defects.append(Defect(rule: "plan.year", subject: String(year))) }
        if parts.contains(.shortcomings), !wroteRectification {
            defects.append(Defect(rule: "shortcomings.rectification", subject: "shortcomings"))
        }
        if let rate, !rate.consistent { defects.append(Defect(rule: "consistency.rate", subject: rate.indicator)) }
        return defects
    }
}
