import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578): each with its field name, file name (for
/// files) and bytes. Enough for the upload form; anything malformed is a 400.
struct Multipart {
    struct Part {
        var name: String
        var filename: String?
        var data: Data
    }

    var parts: [Part]

    init(body: Data, contentType: String) throws(PortalError) {
        guard let boundaryRange = contentType.range(of: "boundary=") else {
            throw PortalError(.badRequest, "表单格式无效:缺少 multipart 分隔符。")
        }
        var boundary = String(contentType[boundaryRange.upperBound...])
        if let semi = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semi]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        guard !boundary.isEmpty, boundary.count <= 200 else { throw PortalError(.badRequest, "表单格式无效:分隔符无效。") }
        let delimiter = Data("--\(boundary)".utf8)
        let headerEnd = Data("\r\n\r\n".utf8)
        var parts: [Part] = []
        var cursor = body.startIndex
        guard let first = body.range(of: delimiter, in: cursor..<body.endIndex) else {
            throw PortalError(.badRequest, "表单格式无效:找不到分隔符。")
        }
        cursor = first.upperBound
        while cursor < body.endIndex {
            // After a delimiter: `--` ends the body; otherwise CRLF, headers, blank line, content.
            if body[cursor...].starts(with: Data("--".utf8)) { break }
            guard let headersEnd = body.range(of: headerEnd, in: cursor..<body.endIndex),
                  let next = body.range(of: Data("\r\n".utf8) + delimiter, in: headersEnd.upperBound..<body.endIndex)
            else { throw PortalError(.badRequest, "表单格式无效:某一部分不完整。") }
            let headers = String(decoding: body[cursor..<headersEnd.lowerBound], as: UTF8.self)
            if let disposition = headers.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }) {
                let name = Self.parameter("name", in: disposition) ?? ""
                parts.append(Part(name: name, filename: Self.parameter("filename", in: disposition),
                                  data: Data(body[headersEnd.upperBound..<next.lowerBound])))
            }
            cursor = next.upperBound
        }
        self.parts = parts
    }

    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    func text(_ name: String) -> String? {
        part(name).map { String(decoding: $0.data, as: UTF8.self) }
    }

    /// `name="value"` in a Content-Disposition header.
    private static func parameter(_ key: String, in header: Substring) -> String? {
        for item in header.split(separator: ";") {
            let pair = item.trimmingCharacters(in: .whitespaces)
            guard pair.hasPrefix(key + "=") else { continue }
            return String(pair.dropFirst(key.count + 1)).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return nil
    }
}
