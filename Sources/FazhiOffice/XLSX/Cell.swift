/// One value in a worksheet row, written with the type a spreadsheet needs to sort, sum and filter it.
///
/// ```swift
/// let row: [Cell] = [.text("北京市"), .integer(2023), .number(21.08), .date(year: 2024, month: 3, day: 29),
///                    .link(text: "报告原文", url: "https://www.beijing.gov.cn/"), .empty]
/// ```
/// - `text`: a shared string. Control characters XML 1.0 forbids are dropped, `\r\n` becomes `\n`, and text
///   past Excel's 32,767-character cell limit is cut. An empty text is written as an empty cell.
/// - `number`: a number with the decimal format `0.00` (the stored value keeps its full precision).
///   NaN and infinities have no spreadsheet form and are written as empty cells.
/// - `integer`: a number with the format `0` (no thousands separators, so years read as years).
///   Excel keeps 15 significant digits: pass identifiers longer than that as `.text`.
/// - `date`: a date serial number with the format `yyyy-mm-dd`, so it sorts and filters as a date.
///   Dates before 1900-03-01 (Excel's calendar starts in 1900 and counts a 29 February that never was)
///   are written as the text `yyyy-mm-dd`. Impossible dates (2023-02-30) fail the write.
/// - `link`: the text, underlined, with a clickable external hyperlink (see ``Worksheet``).
/// - `empty`: no cell at all.
public enum Cell: Sendable, Hashable {
    case text(String)
    case number(Double)
    case integer(Int)
    case date(year: Int, month: Int, day: Int)
    case link(text: String, url: String)
    case empty
}

extension Cell: ExpressibleByStringLiteral {
    /// A string literal is a text cell: `["北京市", 2023, 21.08]`.
    public init(stringLiteral value: String) { self = .text(value) }
}

extension Cell: ExpressibleByIntegerLiteral {
    /// An integer literal is an integer cell.
    public init(integerLiteral value: Int) { self = .integer(value) }
}

extension Cell: ExpressibleByFloatLiteral {
    /// A floating-point literal is a number cell.
    public init(floatLiteral value: Double) { self = .number(value) }
}
