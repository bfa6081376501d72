import Foundation

/// What a worker is asked to do with one file's bytes. The same request gives the same result in a
/// worker and in-process (``Work/perform(_:)`` runs in both).
public enum WorkRequest: Sendable {
    /// `fazhi analyze`: the analysis rendered as text, JSON or Markdown.
    case render(bytes: Data, name: String, format: RenderFormat, publishedOn: String?)
    /// `fazhi ingest`: the rows to store, or why the file is not a report (unless `acceptAny`).
    case prepare(bytes: Data, name: String, sourcePath: String?, acceptAny: Bool)
    /// The portal: the whole report read and analyzed, to show or store.
    case incoming(bytes: Data, name: String)

    /// The bytes the request carries (the fault hook looks for its marker in them).
    public var bytes: Data {
        switch self {
        case .render(let bytes, _, _, _), .prepare(let bytes, _, _, _), .incoming(let bytes, _): bytes
        }
    }

    func write(to w: inout WireWriter) {
        switch self {
        case .render(let bytes, let name, let format, let publishedOn):
            w.byte(0)
            w.data(bytes)
            w.string(name)
            w.string(format.rawValue)
            w.optional(publishedOn) { $0.string($1) }
        case .prepare(let bytes, let name, let sourcePath, let acceptAny):
            w.byte(1)
            w.data(bytes)
            w.string(name)
            w.optional(sourcePath) { $0.string($1) }
            w.byte(acceptAny ? 1 : 0)
        case .incoming(let bytes, let name):
            w.byte(2)
            w.data(bytes)
            w.string(name)
        }
    }

    static func read(from r: inout WireReader) throws(WireError) -> WorkRequest {
        switch try r.byte() {
        case 0:
            let bytes = try r.data()
            let name = try r.string()
            guard let format = RenderFormat(rawValue: try r.string()) else { throw WireError("unknown output format") }
            return .render(bytes: bytes, name: name, format: format, publishedOn: try r.optional { r throws(WireError) in try r.string() })
        case 1:
            let bytes = try r.data()
            let name = try r.string()
            let sourcePath = try r.optional { r throws(WireError) in try r.string() }
            return .prepare(bytes: bytes, name: name, sourcePath: sourcePath, acceptAny: try r.byte() == 1)
        case 2:
            return .incoming(bytes: try r.data(), name: try r.string())
        default:
            throw WireError("unknown request")
        }
    }
}

/// How `fazhi analyze` renders an analysis.
public enum RenderFormat: String, Sendable {
    case text, json, markdown
}
