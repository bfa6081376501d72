import FazhiCore
import FazhiFormats
import FazhiStore
import Foundation

/// Does what a ``WorkRequest`` asks: the one code path for a worker process and for in-process
/// analysis, so both give the same bytes.
public enum Work {
    /// `beforeOCR(pages)` is called before pages are read by OCR (a worker asks for more time).
    public static func perform(_ request: WorkRequest, beforeOCR: (@Sendable (Int) -> Void)? = nil) -> WorkResult {
        let options = DocumentReader.Options(beforeOCR: beforeOCR)
        do throws(InputError) {
            switch request {
            case .render(let bytes, let name, let format, let publishedOn):
                let document = try DocumentReader.decode(data: bytes, name: name, options: options)
                let analysis = Analyzer().analyze(document, publishedOn: publishedOn)
                switch format {
                case .json: return .rendered(String(decoding: analysis.json(), as: UTF8.self))
                case .text: return .rendered(TextReport(analysis, original: document.original).render())
                case .markdown: return .rendered(MarkdownReport(analysis).render())
                }
            case .prepare(let bytes, let name, let sourcePath, let acceptAny):
                let report = IncomingReport.analyze(document: try DocumentReader.decode(data: bytes, name: name, options: options), bytes: bytes,
                                                    sourcePath: sourcePath)
                guard acceptAny || report.looksLikeReport else {
                    return .notAReport("\(name): \(report.notAReportReason); --accept-any stores it anyway")
                }
                return .prepared(report.prepared())
            case .incoming(let bytes, let name):
                return .incoming(IncomingReport.analyze(document: try DocumentReader.decode(data: bytes, name: name, options: options), bytes: bytes,
                                                        sourcePath: nil))
            }
        } catch {
            return .refused(error)
        }
    }
}

extension WorkRequest {
    /// The file the request is about, as messages name it.
    public var name: String {
        switch self {
        case .render(_, let name, _, _), .prepare(_, let name, _, _), .incoming(_, let name): name
        }
    }
}
