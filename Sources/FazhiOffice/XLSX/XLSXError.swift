/// Why a workbook could not be written; each description names the sheet, the cell and the problem.
public enum XLSXError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A date cell holds a day that does not exist (month 13, 30 February, year 0).
    case invalidDate(sheet: String, cell: String, year: Int, month: Int, day: Int)
    /// A sheet has more data rows than Excel's 1,048,576-row grid holds below the header.
    case tooManyRows(sheet: String, count: Int)
    /// A sheet has more columns than Excel's 16,384 (`XFD`).
    case tooManyColumns(sheet: String, count: Int)
    /// The zip archive could not be created or written.
    case archive(String)

    public var description: String {
        switch self {
        case let .invalidDate(sheet, cell, year, month, day):
            "sheet “\(sheet)”, cell \(cell): \(year)-\(month)-\(day) is not a calendar date"
        case let .tooManyRows(sheet, count):
            "sheet “\(sheet)”: \(count) rows, but a sheet holds at most \(Worksheet.maximumRowCount) below its header"
        case let .tooManyColumns(sheet, count):
            "sheet “\(sheet)”: \(count) columns, but a sheet holds at most \(Worksheet.maximumColumnCount)"
        case let .archive(problem):
            "xlsx archive: \(problem)"
        }
    }
}
