import FazhiCore
import FazhiOffice
import Foundation

/// Drafts a report from a ledger and checks it with the same ``Analyzer`` supervisors use, before it is
/// written. The API a command or a web page calls:
///
/// ```swift
/// let draft = try Drafter().draft(ledgerText: yaml, name: "ledger.yaml", format: .docx)
/// if draft.blocking.isEmpty { try draft.bytes.write(to: url) } else { print(draft.blocking) }
/// ```
public struct Drafter: Sendable {
    /// The output formats, by file extension.
    public enum Format: String, Sendable, CaseIterable {
        case docx, markdown = "md", text = "txt"

        /// The media type to serve the file with.
        public var contentType: String {
            switch self {
            case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            case .markdown: "text/markdown; charset=utf-8"
            case .text: "text/plain; charset=utf-8"
            }
        }

        /// The format a path's extension names (`.docx`, `.md`, `.txt`), or `nil`.
        public init?(path: String) {
            let ext = (path as NSString).pathExtension.lowercased()
            self.init(rawValue: ext == "markdown" ? "md" : ext)
        }
    }

    /// A drafted report with its self-check.
    public struct Draft: Sendable {
        /// The file's bytes in the asked format.
        public var bytes: Data
        public var document: OfficialDocument
        /// The analysis of `bytes`, as `fazhi analyze` would make it.
        public var analysis: Analysis
        /// The analysis's findings plus the drafter's own (`draft.figure`: a ledger figure the analyzer
        /// does not read back as written).
        public var findings: [Finding]
        /// The findings that stop the draft: errors, missing parts, inconsistent figures.
        public var blocking: [Finding] { findings.filter(Drafter.blocks) }
    }

    public var analyzer: Analyzer
    public var reader: LedgerReader

    public init(analyzer: Analyzer = Analyzer(), reader: LedgerReader = LedgerReader()) {
        self.analyzer = analyzer
        self.reader = reader
    }

    /// Reads, validates, composes, renders and checks; throws ``LedgerError`` for a ledger with mistakes.
    public func draft(ledgerText: String, name: String = "ledger.yaml", format: Format) throws -> Draft {
        try draft(reader.read(ledgerText, name: name), format: format)
    }

    /// Composes, renders and checks a validated ledger.
    public func draft(_ ledger: Ledger, format: Format) throws -> Draft {
        let document = ReportComposer().compose(ledger)
        let bytes: Data = switch format {
        case .docx: try document.data()
        case .markdown: Data(document.markdown.utf8)
        case .text: Data(document.plainText.utf8)
        }
        let source = try InputReader.decode(data: bytes, name: "draft.\(format.rawValue)")
        let analysis = analyzer.analyze(source)
        return Draft(bytes: bytes, document: document, analysis: analysis,
                     findings: analysis.findings + figureFindings(ledger, analysis))
    }

    /// Whether a finding stops the draft: any error, a missing mandated part, figures that disagree.
    public static func blocks(_ finding: Finding) -> Bool {
        finding.severity == .error || finding.rule == "parts.missing" || finding.rule.hasPrefix("consistency.")
    }

    /// `draft.figure`: each ledger figure must be read back from the draft as its indicator with its value;
    /// one that is not would be misjudged by a supervisor's reading (reword its sentence: the cue words
    /// of `fazhi indicators` must stand before the figure).
    func figureFindings(_ ledger: Ledger, _ analysis: Analysis) -> [Finding] {
        // The figures read back by indicator, once (a ledger of thousands of figures looks each up).
        var byIndicator: [String: [Quantity]] = [:]
        for q in analysis.quantities { if let id = q.indicator { byIndicator[id, default: []].append(q) } }
        let values = byIndicator.mapValues { $0.map(\.value).filter { !$0.isNaN }.sorted() }
        return ledger.figures.compactMap { figure in
            let read = byIndicator[figure.indicator] ?? []
            if Self.holds(values[figure.indicator] ?? [], within: 0.005, of: figure.value) { return nil }
            let got = read.isEmpty ? "not found" : "read as " + read.map { FigureWriter.number($0.value) }.joined(separator: ", ")
            return Finding(
                rule: "draft.figure", subject: figure.indicator, severity: .warning,
                message: "台账第\(figure.line)行的数字 \(figure.indicator) = \(FigureWriter.number(figure.value)) 在成稿中未按该指标读出(\(got)),请调整该句表述",
                basis: "台账与成稿一致")
        }
    }

    /// Whether some of the ascending `values` lies less than `tolerance` from `value`: only the
    /// nearest value on either side can (a difference grows with the distance), found by binary search.
    static func holds(_ values: [Double], within tolerance: Double, of value: Double) -> Bool {
        let lo = values.partitionPoint { !($0 < value) }  // the first value not below `value`
        return [lo - 1, lo].contains { $0 >= 0 && $0 < values.count && abs(values[$0] - value) < tolerance }
    }
}
