/// One table of a workbook: a name, a header row of column titles and rows of cells.
///
/// ```swift
/// var sheet = Worksheet(name: "报告", columns: ["地区", "年度", "得分"])
/// sheet.append(["北京市", 2023, 91.5])
/// ```
/// The written sheet has a bold, filled header row that stays frozen while scrolling, an autofilter on it,
/// and column widths fitted to the content (a Han or other full-width character counts as two units;
/// widths are kept between ``Worksheet/minimumWidth`` and ``Worksheet/maximumWidth``; text wider than its
/// column wraps).
///
/// Names follow Excel's rules when written (see ``Workbook/sheetNames``): at most 31 characters, none of
/// `[ ] : * ? / \` (each becomes `_`), no leading or trailing apostrophe, not empty, not the reserved
/// `History`, and unique within the workbook regardless of case (a repeat becomes `名称 (2)`).
///
/// Links are hyperlink relationships rather than `HYPERLINK` formulas: Excel, WPS and LibreOffice all
/// honour them, the cell keeps its text as a plain value, and no formula has to be recalculated. A link
/// whose address is not `http`, `https` or `mailto`, is longer than ``Worksheet/maximumLinkLength``, or
/// would pass Excel's 65,530 hyperlinks per sheet is written as its text alone.
public struct Worksheet: Sendable, Hashable {
    /// A column: its header title and, optionally, a fixed width in character units.
    public struct Column: Sendable, Hashable, ExpressibleByStringLiteral {
        /// The header text, usually Chinese (`"报告标题"`).
        public var title: String
        /// A fixed width in character units; `nil` fits the width to the content.
        public var width: Double?

        /// A column with a title and an optional fixed width.
        public init(_ title: String, width: Double? = nil) {
            self.title = title
            self.width = width
        }

        /// A column with a fitted width: `columns: ["地区", "年度"]`.
        public init(stringLiteral title: String) { self.init(title) }
    }

    /// The narrowest fitted column, in character units.
    public static let minimumWidth = 8
    /// The widest fitted column, in character units; longer text wraps.
    public static let maximumWidth = 60
    /// The longest link address kept as a hyperlink (Excel 2007–2013 reject longer ones).
    public static let maximumLinkLength = 255
    /// The most data rows a sheet can hold below its header (Excel's 1,048,576 rows less one).
    public static let maximumRowCount = 1_048_575
    /// The most columns a sheet can hold (`XFD`).
    public static let maximumColumnCount = 16_384

    /// The requested name; ``Workbook/sheetNames`` gives the name actually written.
    public var name: String
    /// The columns, left to right; their titles form the header row.
    public var columns: [Column]
    /// The data rows below the header. A row may be shorter than ``columns`` (the rest is empty)
    /// or longer (the extra cells are written under an empty header).
    public var rows: [[Cell]]

    /// A sheet with a name, columns and optionally its rows.
    public init(name: String, columns: [Column], rows: [[Cell]] = []) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// Adds a row at the bottom.
    public mutating func append(_ row: [Cell]) {
        rows.append(row)
    }

    /// The number of columns written: the header's, or the longest row's if that is longer.
    var columnCount: Int {
        rows.reduce(columns.count) { max($0, $1.count) }
    }
}
