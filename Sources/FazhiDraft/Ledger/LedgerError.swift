/// One mistake in a ledger: where it is (1-based line and column), which field, and what is wrong.
public struct LedgerIssue: Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// The field's path: `measures[2].figures.reconsideration.concluded`.
    public var field: String
    public var message: String
    /// The message in Chinese, for the portal (nil: only the English one exists yet).
    public var chinese: String?

    public init(line: Int, column: Int, field: String, message: String, chinese: String? = nil) {
        self.line = line
        self.column = column
        self.field = field
        self.message = message
        self.chinese = chinese
    }

    public var description: String { "\(line):\(column): \(field.isEmpty ? "" : field + ": ")\(message)" }
}

/// A ledger that cannot be drafted from: every mistake found, each rendered like a compiler's
/// diagnostic (`ledger.yaml:12:5: error: field: message`, the source line, a caret under the place).
public struct LedgerError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var issues: [LedgerIssue]
    /// The ledger's text, to quote the lines.
    public var source: String

    public init(file: String, issues: [LedgerIssue], source: String) {
        self.file = file
        self.issues = issues
        self.source = source
    }

    public var description: String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for issue in issues {
            out.append("\(file):\(issue.line):\(issue.column): error: "
                       + (issue.field.isEmpty ? "" : "\(issue.field): ") + issue.message)
            if issue.line >= 1, issue.line <= lines.count {
                let text = lines[issue.line - 1].replacingOccurrences(of: "\r", with: "")
                // A long line (a hostile ledger's) is quoted up to its first 160 characters.
                if text.count <= 160 || issue.column <= 120 {
                    let quoted = text.count <= 160 ? text : String(text.prefix(160)) + "…"
                    out.append("    " + quoted)
                    out.append("    " + caretPad(quoted, column: issue.column) + "^")
                }
            }
        }
        out.append("\(issues.count) mistake\(issues.count == 1 ? "" : "s") in \(file)")
        return out.joined(separator: "\n")
    }

    /// Spaces (double for wide characters) up to `column`, so the caret sits under it in a terminal.
    private func caretPad(_ line: String, column: Int) -> String {
        var pad = ""
        for scalar in line.unicodeScalars.prefix(max(0, column - 1)) {
            if scalar == "\t" { pad += "\t" } else { pad += scalar.isWide ? "  " : " " }
        }
        return pad
    }
}

extension Unicode.Scalar {
    /// East Asian wide characters (Han, kana, hangul, full-width forms) take two terminal columns.
    var isWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
        default: false
        }
    }
}
