import FazhiCore
import Foundation
import GRDB

/// Two stored reports whose shortcomings parts are near copies.
public struct CopiedPart: Sendable, Hashable, Codable {
    public var a: ReportSummary
    public var b: ReportSummary
    /// The share of the smaller part's phrases found in the other.
    public var containment: Double
    public var jaccard: Double

    /// The pairs among stored fingerprints (``FingerprintCoding``) whose parts are copies of each
    /// other (MinHash LSH for candidates, exact shingle sets to confirm), most similar first.
    package static func find(among stored: [(ReportSummary, Data)], limit: Int) -> [CopiedPart] {
        var summaries: [ReportSummary] = []
        var fingerprints: [PartFingerprint] = []
        for (summary, data) in stored {
            guard let f = FingerprintCoding.decode(data, kind: .shortcomings) else { continue }
            summaries.append(summary)
            fingerprints.append(f)
        }
        let reports = fingerprints.map { ReportFingerprint(scheme: FingerprintScheme.standard, name: "", parts: [$0]) }
        return Similarity.nearCopies(of: .shortcomings, among: reports).prefix(limit).map { copy in
            CopiedPart(a: summaries[copy.a], b: summaries[copy.b], containment: copy.result.containment,
                       jaccard: copy.result.jaccard)
        }
    }
}

extension SQLiteStore {
    /// Pairs of the filtered reports whose shortcomings parts are copies of each other, most
    /// similar first.
    public func copiedShortcomings(_ filter: ReportFilter) throws -> [CopiedPart] {
        var all = filter
        all.limit = Int.max / 2
        let stored = try read { db -> [(ReportSummary, Data)] in
            let (whereSQL, arguments) = Self.whereClause(all)
            return try Row.fetchAll(db, sql: """
                SELECT id, name, title, issuer, jurisdiction, level, reportYear, publishedOn, script, errors, warnings,
                       notices, shortcomings FROM report r \(whereSQL) \(whereSQL.isEmpty ? "WHERE" : "AND") shortcomings IS NOT NULL
                ORDER BY id
                """, arguments: arguments).map { (Self.summary($0), $0["shortcomings"]) }
        }
        return CopiedPart.find(among: stored, limit: filter.limit)
    }
}
