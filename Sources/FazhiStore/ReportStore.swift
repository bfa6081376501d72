import FazhiCore
import Foundation

/// What the rest of Fazhi asks of a corpus store. The embedded SQLite store implements it; a
/// server database can implement it too.
public protocol ReportStore: Sendable {
    /// Stores a report with its analysis, all at once or not at all; a report whose content is
    /// already stored (in any encoding or script) is not stored again.
    func save(_ report: IncomingReport) throws -> SaveOutcome
    /// Stores several reports in one transaction (faster for batches), each as `save` would.
    func save(batch: [IncomingReport]) throws -> [SaveOutcome]
    /// Stores reports already turned into rows (``IncomingReport/prepared()``, which can run on
    /// any thread), in one transaction.
    func save(prepared: [PreparedReport]) throws -> [SaveOutcome]
    func report(id: Int64) throws -> StoredReport?
    /// A stored report with as much of its analysis as `detail` asks (a page reads less).
    func report(id: Int64, detail: ReportDetail) throws -> StoredReport?
    func reports(_ filter: ReportFilter) throws -> [ReportSummary]
    func count() throws -> Int
    /// How many reports match `filter` (its limit and offset aside).
    func count(_ filter: ReportFilter) throws -> Int
    func search(_ query: SearchRequest) throws -> [SearchHit]
    /// Every stored report's original bytes, for re-analysis.
    func originals(after id: Int64, limit: Int) throws -> [StoredOriginal]
    /// Replaces a stored report's analysis (after the analyzer changed).
    func replaceAnalysis(_ report: IncomingReport, id: Int64) throws
    /// Removes a stored report with its paragraphs, figures and findings; false when there is none.
    func delete(id: Int64) throws -> Bool
    /// The catalogued figures of the filtered reports (all indicators, or those named).
    func indicatorValues(_ filter: ReportFilter, indicators: [String]?) throws -> [IndicatorValue]
    /// The findings of the filtered reports (of one rule, if named).
    func findings(_ filter: ReportFilter, rule: String?) throws -> [FindingRow]
    /// Pairs of the filtered reports whose shortcomings parts are near copies, most similar first.
    func copiedShortcomings(_ filter: ReportFilter) throws -> [CopiedPart]
    /// What is wrong with the database, if anything (empty when all is well).
    func check() throws -> [String]
    /// Answers a trivial query, for a server's readiness check (`/readyz`); throws when the store
    /// cannot, or (a server database) cannot within `timeout` seconds.
    func ping(timeout: TimeInterval) throws
    /// Where the store is, for messages (a file path, or a server URL without its password).
    var location: String { get }
    /// Ends the store's connections (a no-op for a file); the store is not used afterwards.
    func close()
    /// Tidies the store after a bulk load that stored `stored` reports (the embedded store merges
    /// its search index, PostgreSQL analyzes the paragraphs); what it did, nil when nothing.
    func settleAfterBulkLoad(stored: Int) throws -> String?
    /// How many batches a bulk load (`fazhi ingest`) stores at once, each in its own transaction.
    var concurrentWriters: Int { get }
}

extension ReportStore {
    /// Nothing to tidy.
    public func settleAfterBulkLoad(stored: Int) throws -> String? { nil }

    /// How many batches a bulk load may store at once: one, where the database has one writer.
    public var concurrentWriters: Int { 1 }

    /// Whether a load that stored `stored` reports is worth tidying after: at least a quarter of
    /// the reports the store now holds (a first load, or one that grows the corpus by a third).
    public func isBulkLoad(stored: Int) throws -> Bool {
        guard stored > 0 else { return false }
        return stored * 4 >= (try count())
    }
}

extension ReportStore {
    public func indicatorValues(_ filter: ReportFilter) throws -> [IndicatorValue] {
        try indicatorValues(filter, indicators: nil)
    }

    public func findings(_ filter: ReportFilter) throws -> [FindingRow] { try findings(filter, rule: nil) }
}

extension ReportStore {
    /// The whole report: a store that cannot read less reads it all.
    public func report(id: Int64, detail: ReportDetail) throws -> StoredReport? { try report(id: id) }
}

/// A report turned into the rows the store writes (analysis JSON, paragraphs, figures, findings,
/// fingerprint): the costly part of storing, done before the write transaction.
public struct PreparedReport: Sendable {
    package let rows: ReportRows
}

/// A report read and analyzed, ready to store.
public struct IncomingReport: Sendable {
    public var document: SourceDocument
    public var bytes: Data
    public var analysis: Analysis
    /// The normalized (simplified) readable text, aligned with `document.text`.
    public var normalized: [Unicode.Scalar]
    public var sourcePath: String?

    public init(document: SourceDocument, bytes: Data, analysis: Analysis, normalized: [Unicode.Scalar], sourcePath: String?) {
        self.document = document
        self.bytes = bytes
        self.analysis = analysis
        self.normalized = normalized
        self.sourcePath = sourcePath
    }

    /// Reads and analyzes bytes as `fazhi ingest` does.
    public static func analyze(bytes: Data, name: String, sourcePath: String?, analyzer: Analyzer = Analyzer()) throws -> IncomingReport {
        try analyze(document: InputReader.decode(data: bytes, name: name), bytes: bytes, sourcePath: sourcePath, analyzer: analyzer)
    }

    /// Analyzes a document already read from `bytes` (by a reader of more formats than ``InputReader``).
    public static func analyze(document: SourceDocument, bytes: Data, sourcePath: String?, analyzer: Analyzer = Analyzer()) -> IncomingReport {
        let (analysis, normalized) = analyzer.analyzeKeepingText(document)
        return IncomingReport(document: document, bytes: bytes, analysis: analysis, normalized: normalized, sourcePath: sourcePath)
    }

    public var contentKey: String { ContentKey.of(normalized: normalized) }

    public func prepared() -> PreparedReport { PreparedReport(rows: ReportRows(self)) }

    /// Whether the document is to be stored: not confidently another kind of document (a 信息公开年报,
    /// a 政府工作报告, news about a report: ``DocumentClassifier``), and it reads as a report at all —
    /// a title naming 法治…报告, a recognizable part, or more rule-of-law wording than a mention.
    public var looksLikeReport: Bool { analysis.readsAsReport }

    /// Why the document is not stored, in one line.
    public var notAReportReason: String {
        if let kind = analysis.document, kind.isConfidentlyOther {
            return "reads as \(kind.kind.label) (\(kind.kind.rawValue)), not a rule-of-law report"
        }
        return "does not read as a report (no title, no parts, no rule-of-law wording)"
    }
}

public enum SaveOutcome: Sendable, Equatable {
    case stored(Int64)
    case duplicate(Int64)

    public var id: Int64 {
        switch self {
        case .stored(let id), .duplicate(let id): id
        }
    }
}

/// Which reports: by year, level, jurisdiction (a prefix: 北京市 takes its districts), findings.
public struct ReportFilter: Sendable {
    public var year: Int?
    public var level: GovernmentLevel?
    public var jurisdiction: String?
    /// Only reports with at least one finding of this severity or worse.
    public var hasFinding: Severity?
    /// Only reports with a finding of this rule.
    public var rule: String?
    /// Only documents of this kind (reports stored before the classifier count as rule-of-law reports).
    public var kind: DocumentKind?
    public var limit: Int
    public var offset: Int

    public init(year: Int? = nil, level: GovernmentLevel? = nil, jurisdiction: String? = nil,
                hasFinding: Severity? = nil, rule: String? = nil, kind: DocumentKind? = nil, limit: Int = 100, offset: Int = 0) {
        self.kind = kind
        self.year = year
        self.level = level
        self.jurisdiction = jurisdiction
        self.hasFinding = hasFinding
        self.rule = rule
        self.limit = limit
        self.offset = offset
    }
}

/// A stored report in a list.
public struct ReportSummary: Sendable, Hashable, Codable {
    public var id: Int64
    public var name: String
    public var title: String?
    public var issuer: String?
    public var jurisdiction: String?
    public var level: String?
    public var reportYear: Int?
    public var publishedOn: String?
    public var script: String
    public var errors: Int
    public var warnings: Int
    public var notices: Int

    public init(id: Int64, name: String, title: String?, issuer: String?, jurisdiction: String?, level: String?,
                reportYear: Int?, publishedOn: String?, script: String, errors: Int, warnings: Int, notices: Int) {
        self.id = id
        self.name = name
        self.title = title
        self.issuer = issuer
        self.jurisdiction = jurisdiction
        self.level = level
        self.reportYear = reportYear
        self.publishedOn = publishedOn
        self.script = script
        self.errors = errors
        self.warnings = warnings
        self.notices = notices
    }
}

/// A stored report with its text and analysis.
public struct StoredReport: Sendable {
    public var summary: ReportSummary
    public var text: String
    public var analysis: Analysis
    public var format: String
    public var encoding: String
    public var sourcePath: String?
    public var ingestedAt: String
    public var analyzerVersion: String

    public init(summary: ReportSummary, text: String, analysis: Analysis, format: String, encoding: String,
                sourcePath: String?, ingestedAt: String, analyzerVersion: String) {
        self.summary = summary
        self.text = text
        self.analysis = analysis
        self.format = format
        self.encoding = encoding
        self.sourcePath = sourcePath
        self.ingestedAt = ingestedAt
        self.analyzerVersion = analyzerVersion
    }
}

/// A stored report's original bytes, to analyze again.
public struct StoredOriginal: Sendable {
    public var id: Int64
    public var name: String
    public var bytes: Data
    public var sourcePath: String?
    /// The analyzer version its stored analysis was made with.
    public var analyzerVersion: String

    public init(id: Int64, name: String, bytes: Data, sourcePath: String?, analyzerVersion: String) {
        self.id = id
        self.name = name
        self.bytes = bytes
        self.sourcePath = sourcePath
        self.analyzerVersion = analyzerVersion
    }
}

/// A full-text query with the report filters.
public struct SearchRequest: Sendable {
    public var query: String
    public var filter: ReportFilter

    public init(query: String, filter: ReportFilter = ReportFilter(limit: 20)) {
        self.query = query
        self.filter = filter
    }
}

/// A paragraph that matched, with where the query stands in it.
public struct SearchHit: Sendable, Hashable, Codable {
    public var reportID: Int64
    public var title: String?
    public var jurisdiction: String?
    public var reportYear: Int?
    public var part: String?
    public var areas: [String]
    /// The paragraph's text (its own script) and its range in the report's original text.
    public var paragraph: String
    public var range: TextRange
    /// The matched terms inside `paragraph` (code-point offsets into it).
    public var highlights: [TextRange]
    public var rank: Double
}
