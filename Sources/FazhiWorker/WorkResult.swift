import FazhiCore
import FazhiStore
import Foundation

/// What a worker answers to a ``WorkRequest``.
public enum WorkResult: Sendable {
    /// `render`: the analysis as `fazhi analyze` prints it.
    case rendered(String)
    /// `prepare`: the rows to store.
    case prepared(PreparedReport)
    /// `prepare`: the file does not read as a report; the line says why.
    case notAReport(String)
    /// `incoming`: the report read and analyzed.
    case incoming(IncomingReport)
    /// The bytes cannot be read as a report file (binary, undecodable, a broken .docx …).
    case refused(InputError)

    func write(to w: inout WireWriter) throws {
        switch self {
        case .rendered(let text):
            w.byte(0)
            w.string(text)
        case .prepared(let report):
            w.byte(1)
            report.rows.write(to: &w)
        case .notAReport(let reason):
            w.byte(2)
            w.string(reason)
        case .incoming(let report):
            w.byte(3)
            try report.write(to: &w)
        case .refused(let error):
            w.byte(4)
            w.data(try JSONEncoder().encode(error))
        }
    }

    /// Reads a result; `request` is what it answers (an incoming report's bytes are not sent back).
    static func read(from r: inout WireReader, answering request: WorkRequest) throws -> WorkResult {
        switch try r.byte() {
        case 0: return .rendered(try r.string())
        case 1: return .prepared(PreparedReport(builtRows: try ReportRows.read(from: &r)))
        case 2: return .notAReport(try r.string())
        case 3: return .incoming(try IncomingReport.read(from: &r, bytes: request.bytes))
        case 4: return .refused(try JSONDecoder().decode(InputError.self, from: try r.data()))
        default: throw WireError("unknown result")
        }
    }
}

extension RowValue {
    func write(to w: inout WireWriter) {
        switch self {
        case .null: w.byte(0)
        case .int(let v):
            w.byte(1)
            w.int(v)
        case .double(let v):
            w.byte(2)
            w.double(v)
        case .text(let s):
            w.byte(3)
            w.string(s)
        case .blob(let d):
            w.byte(4)
            w.data(d)
        }
    }

    static func read(from r: inout WireReader) throws(WireError) -> RowValue {
        switch try r.byte() {
        case 0: return .null
        case 1: return .int(try r.int64())
        case 2: return .double(try r.double())
        case 3: return .text(try r.string())
        case 4: return .blob(try r.data())
        default: throw WireError("unknown row value")
        }
    }
}

extension ReportRows {
    func write(to w: inout WireWriter) {
        w.string(key)
        w.array(columns) { $0.string($1) }
        w.array(values) { w, v in v.write(to: &w) }
        for table in [paragraphs, quantities, findings] {
            w.array(table) { w, row in w.array(row) { w, v in v.write(to: &w) } }
        }
    }

    static func read(from r: inout WireReader) throws(WireError) -> ReportRows {
        let key = try r.string()
        let columns = try r.array { r throws(WireError) in try r.string() }
        let values = try r.array { r throws(WireError) in try RowValue.read(from: &r) }
        var tables: [[[RowValue]]] = []
        for _ in 0..<3 {
            tables.append(try r.array { r throws(WireError) in try r.array { r throws(WireError) in try RowValue.read(from: &r) } })
        }
        return ReportRows(key: key, columns: columns, values: values, paragraphs: tables[0], quantities: tables[1], findings: tables[2])
    }
}

extension IncomingReport {
    func write(to w: inout WireWriter) throws {
        w.string(document.name)
        w.string(document.format.rawValue)
        w.string(document.encoding)
        w.string(document.original)
        w.optional(document.text == document.original ? nil : document.text) { $0.string($1) }
        w.optional(document.offsets) { w, o in w.array(o) { $0.int($1) } }
        w.optional(document.offsetEnds) { w, o in w.array(o) { $0.int($1) } }
        w.optional(document.title) { $0.string($1) }
        w.data(try JSONEncoder().encode(analysis))
        var normalized = String.UnicodeScalarView()
        normalized.append(contentsOf: self.normalized)
        w.string(String(normalized))
        w.optional(sourcePath) { $0.string($1) }
    }

    static func read(from r: inout WireReader, bytes: Data) throws -> IncomingReport {
        let name = try r.string()
        guard let format = SourceDocument.Format(rawValue: try r.string()) else { throw WireError("unknown document format") }
        let encoding = try r.string()
        let original = try r.string()
        let text = try r.optional { r throws(WireError) in try r.string() }
        let offsets = try r.optional { r throws(WireError) in try r.array { r throws(WireError) in try r.int() } }
        let offsetEnds = try r.optional { r throws(WireError) in try r.array { r throws(WireError) in try r.int() } }
        let title = try r.optional { r throws(WireError) in try r.string() }
        let analysis = try JSONDecoder().decode(Analysis.self, from: try r.data())
        let normalized = Array(try r.string().unicodeScalars)
        let sourcePath = try r.optional { r throws(WireError) in try r.string() }
        let document = SourceDocument(name: name, format: format, encoding: encoding, original: original, text: text,
                                      offsets: offsets, offsetEnds: offsetEnds, title: title)
        return IncomingReport(document: document, bytes: bytes, analysis: analysis, normalized: normalized, sourcePath: sourcePath)
    }
}
