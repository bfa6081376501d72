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
}

extension SQLiteStore {
    /// Pairs of the filtered reports whose shortcomings parts are copies of each other (MinHash
    /// LSH for candidates, exact shingle sets to confirm), most similar first.
    public func copiedShortcomings(_ filter: ReportFilter) throws -> [CopiedPart] {
        var all = filter
        all.limit = Int.max / 2
        let (summaries, fingerprints) = try pool.read { db -> ([ReportSummary], [PartFingerprint]) in
            let (whereSQL, arguments) = Self.whereClause(all)
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, name, title, issuer, jurisdiction, level, reportYear, publishedOn, script, errors, warnings,
                       notices, shortcomings FROM report r \(whereSQL) \(whereSQL.isEmpty ? "WHERE" : "AND") shortcomings IS NOT NULL
                ORDER BY id
                """, arguments: arguments)
            var summaries: [ReportSummary] = []
            var fingerprints: [PartFingerprint] = []
            for row in rows {
                let data: Data = row["shortcomings"]
                guard let f = FingerprintCoding.decode(data, kind: .shortcomings) else { continue }
                summaries.append(Self.summary(row))
                fingerprints.append(f)
            }
            return (summaries, fingerprints)
        }
        let reports = fingerprints.map { ReportFingerprint(scheme: FingerprintScheme.standard, name: "", parts: [$0]) }
        return Similarity.nearCopies(of: .shortcomings, among: reports).prefix(filter.limit).map { copy in
            CopiedPart(a: summaries[copy.a], b: summaries[copy.b], containment: copy.result.containment,
                       jaccard: copy.result.jaccard)
        }
    }
}
