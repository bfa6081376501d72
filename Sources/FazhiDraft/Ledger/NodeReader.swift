import Yams

/// Reads typed values out of a composed YAML tree (a class: every reading closure appends to the same issues), collecting a ``LedgerIssue`` (line, column, field)
/// for every value of the wrong shape instead of stopping at the first.
final class NodeReader {
    var issues: [LedgerIssue] = []

    func issue(_ node: Node?, _ field: String, _ message: String, chinese: String? = nil) {
        let mark = node?.mark
        issues.append(LedgerIssue(line: mark?.line ?? 1, column: mark?.column ?? 1, field: field, message: message,
                                  chinese: chinese))
    }

    /// What a node is, for "expected …, found …" messages.
    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar: "a value"
        case .mapping: "a mapping (key: value lines)"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// Whether the node is an empty or null scalar (`~`, `null`, nothing).
    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The fields of a mapping by key, reporting keys not in `allowed` (with the nearest allowed key)
    /// and keys given twice.
    func fields(_ node: Node, _ field: String, allowed: [String]) -> [String: (key: Node, value: Node)]? {
        guard case let .mapping(mapping) = node else {
            issue(node, field, "expected a mapping (key: value lines), found \(Self.kind(node))")
            return nil
        }
        var result: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case let .scalar(name) = key else {
                issue(key, field, "a key must be a plain name")
                continue
            }
            let path = field.isEmpty ? name.string : "\(field).\(name.string)"
            if !allowed.contains(name.string) {
                let hint = Suggestion.nearest(name.string, in: allowed).map { "; did you mean “\($0)”?" } ?? ""
                issue(key, path, "unknown field (allowed: \(allowed.joined(separator: ", ")))\(hint)")
                continue
            }
            if result[name.string] != nil { issue(key, path, "given twice") }
            if Self.isNull(value) { continue }
            result[name.string] = (key, value)
        }
        return result
    }

    /// Text: a YAML 1.1 boolean, number or null written without quotes (`issuer: yes`) is refused,
    /// as YAML itself reads it as one.
    func string(_ node: Node, _ field: String) -> String? {
        guard case let .scalar(scalar) = node else {
            issue(node, field, "wrong type: expected text, found \(Self.kind(node))")
            return nil
        }
        if scalar.style == .plain || scalar.style == .any, let kind = Self.nonText[Resolver.default.resolveTag(of: node)] {
            issue(node, field, "wrong type: expected text, found the YAML \(kind.english) \(scalar.string); "
                  + "put it in quotes (\"\(scalar.string)\") if it is text",
                  chinese: "类型错误:应为文字,实为 YAML \(kind.chinese) \(scalar.string);如确为文字,请加引号。")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { issue(node, field, "is empty") }
        return text.isEmpty ? nil : text
    }

    /// The YAML types that are not text, in words.
    static let nonText: [Tag.Name: (english: String, chinese: String)] = [
        .bool: ("boolean", "布尔值"), .int: ("number", "数字"), .float: ("number", "数字"), .null: ("null", "空值"),
    ]

    /// A whole number written as one: a quoted `"2023"` is text, and refused.
    func integer(_ node: Node, _ field: String, in range: ClosedRange<Int>) -> Int? {
        if refusesQuoted(node, field, when: { _ in true }) { return nil }
        guard case let .scalar(scalar) = node, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            issue(node, field, "wrong type: expected a whole number, found \(Self.describe(node))")
            return nil
        }
        guard range.contains(value) else {
            issue(node, field, "\(value) is out of range (\(range.lowerBound)–\(range.upperBound))")
            return nil
        }
        return value
    }

    func number(_ node: Node, _ field: String) -> Double? {
        if refusesQuoted(node, field, when: { Double($0.trimmingCharacters(in: .whitespaces)) != nil }) { return nil }
        guard case let .scalar(scalar) = node, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)),
              value.isFinite else {
            issue(node, field, "wrong type: expected a number (218, 16.06), found \(Self.describe(node))")
            return nil
        }
        return value
    }

    /// Reports a quoted scalar (text) where a number is expected, when its text passes `test`.
    private func refusesQuoted(_ node: Node, _ field: String, when test: (String) -> Bool) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style != .plain, scalar.style != .any, test(scalar.string) else { return false }
        issue(node, field, "wrong type: the quoted “\(scalar.string)” is text; write the number without quotes",
              chinese: "类型错误:带引号的“\(scalar.string)”是文字,应为数字,请去掉引号。")
        return true
    }

    func choice(_ node: Node, _ field: String, among choices: [String]) -> String? {
        guard let text = string(node, field) else { return nil }
        guard choices.contains(text) else {
            issue(node, field, "“\(text)” is not one of \(choices.joined(separator: ", "))")
            return nil
        }
        return text
    }

    func sequence(_ node: Node, _ field: String) -> [Node]? {
        guard case let .sequence(sequence) = node else {
            issue(node, field, "wrong type: expected a list (lines starting with -), found \(Self.kind(node))")
            return nil
        }
        return Array(sequence)
    }

    /// A short quotation of a scalar, or its kind.
    static func describe(_ node: Node) -> String {
        guard case let .scalar(scalar) = node else { return kind(node) }
        return "“\(scalar.string.prefix(20))”"
    }
}

/// The nearest of several names to a misspelt one, if it is near enough to be the one meant.
enum Suggestion {
    static func nearest(_ name: String, in names: [String]) -> String? {
        let scored = names.map { ($0, distance(Array(name), Array($0))) }.min { $0.1 < $1.1 }
        guard let (best, score) = scored, score <= max(2, name.count / 3) else { return nil }
        return best
    }

    /// Levenshtein distance.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return row[b.count]
    }
}
