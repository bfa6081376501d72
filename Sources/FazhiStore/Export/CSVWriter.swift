import Foundation

/// CSV (RFC 4180) of a table, UTF-8 with a byte-order mark so Excel and WPS read the Chinese text.
public enum CSVWriter {
    public static func data(_ table: ExportTable) -> Data {
        var out = "\u{FEFF}" + table.headers.map(field).joined(separator: ",") + "\r\n"
        for row in table.rows {
            out += row.map { cell -> String in
                switch cell {
                case .text(let s): field(s)
                case .number(let v): v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
                case .integer(let v): String(v)
                case .empty: ""
                }
            }.joined(separator: ",") + "\r\n"
        }
        return Data(out.utf8)
    }

    /// A field quoted when it holds a comma, quote or line break; a leading =, +, - or @ is
    /// prefixed with ' so a spreadsheet does not run it as a formula.
    static func field(_ s: String) -> String {
        var s = s
        if let first = s.first, "=+-@".contains(first) { s = "'" + s }
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
