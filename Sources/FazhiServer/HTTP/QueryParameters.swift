import Foundation

/// The query string of a request as a form sends it: `+` is a space and `%XX` are UTF-8 bytes.
struct QueryParameters: Sendable {
    private var pairs: [(String, String)] = []

    init(_ query: String?) {
        guard let query else { return }
        for item in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            pairs.append((key, value))
        }
    }

    init(form body: String) { self.init(body) }

    private static func decode(_ s: Substring) -> String {
        let spaced = s.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    /// The first non-blank value of `name`, trimmed.
    subscript(_ name: String) -> String? {
        pairs.first { $0.0 == name && !$0.1.trimmingCharacters(in: .whitespaces).isEmpty }?.1.trimmingCharacters(in: .whitespaces)
    }

    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

    /// An integer in `range`, or a 400 naming the parameter.
    func int(_ name: String, in range: ClosedRange<Int>) throws(PortalError) -> Int? {
        guard let text = self[name] else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw .badQuery(name, "\(range.lowerBound) 至 \(range.upperBound) 之间的整数")
        }
        return value
    }

    /// Comma-separated report ids (`ids=3,5,8`, or `ids` repeated).
    func ids(_ name: String) throws(PortalError) -> [Int64] {
        var out: [Int64] = []
        for text in all(name).flatMap({ $0.split(whereSeparator: { ",， ".contains($0) }) }) {
            guard let id = Int64(text), id > 0 else { throw .badQuery(name, "以逗号分隔的报告编号") }
            if !out.contains(id) { out.append(id) }
        }
        return out
    }
}
