#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Column widths fitted to a sheet's content, in Excel's character units (the width of one digit).
///
/// A Han character, a full-width form or an emoji counts 2 units and other characters 1; combining marks
/// and control characters count nothing. Multi-line text counts its longest line. A column is as wide as
/// its widest cell plus 2 units of margin, or its header plus 4 (the autofilter button sits there),
/// kept within ``Worksheet/minimumWidth``…``Worksheet/maximumWidth``; a fixed ``Worksheet/Column/width``
/// is used as it is.
enum ColumnWidths {
    static let cellMargin = 2
    static let headerMargin = 4

    /// The width of each of `sheet`'s ``Worksheet/columnCount`` columns.
    static func fitted(_ sheet: Worksheet) -> [Double] {
        let count = sheet.columnCount
        var widest = [Int](repeating: 0, count: count)
        let limit = Worksheet.maximumWidth
        for index in sheet.columns.indices {
            widest[index] = units(of: sheet.columns[index].title, limit: limit) + headerMargin - cellMargin
        }
        for row in sheet.rows {
            for index in row.indices where widest[index] < limit {
                widest[index] = max(widest[index], units(of: row[index], limit: limit))
            }
        }
        return (0..<count).map { index in
            if index < sheet.columns.count, let fixed = sheet.columns[index].width {
                return min(max(fixed, 0), 255)
            }
            return Double(min(max(widest[index] + cellMargin, Worksheet.minimumWidth), Worksheet.maximumWidth))
        }
    }

    /// The units a cell's displayed value takes, counting no further than `limit`.
    static func units(of cell: Cell, limit: Int) -> Int {
        switch cell {
        case let .text(text), let .link(text, _): units(of: text, limit: limit)
        case let .integer(value): digitCount(value.magnitude) + (value < 0 ? 1 : 0)
        case let .number(value): value.isFinite ? decimalUnits(value) : 0
        case .date: 10
        case .empty: 0
        }
    }

    /// The units of the longest line of `text`, counting no further than `limit`.
    static func units(of text: String, limit: Int) -> Int {
        var longest = 0
        var line = 0
        forEachScalar(of: text) { scalar in
            if scalar == 0x0A || scalar == 0x0D {
                line = 0
                return true
            }
            line += units(of: scalar)
            longest = max(longest, line)
            return longest <= limit
        }
        return longest
    }

    /// Calls `body` with each scalar value of `text`, decoding its UTF-8 by hand (a plain loop over bytes
    /// stays fast in unoptimised builds too), until `body` returns `false`.
    private static func forEachScalar(of text: String, _ body: (UInt32) -> Bool) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let base = utf8.baseAddress else { return }
            var index = 0
            while index < utf8.count {
                let lead = UInt32(base[index])
                var scalar = lead
                var length = 1
                if lead >= 0xF0 {
                    scalar = lead & 0x07
                    length = 4
                } else if lead >= 0xE0 {
                    scalar = lead & 0x0F
                    length = 3
                } else if lead >= 0xC0 {
                    scalar = lead & 0x1F
                    length = 2
                }
                let end = index + length
                index += 1
                while index < end {  // continuation bytes (a string is always valid UTF-8)
                    scalar = scalar << 6 | UInt32(base[index] & 0x3F)
                    index += 1
                }
                if !body(scalar) { return }
            }
        }
        if done == nil {  // a bridged string: make a native copy
            var native = text
            native.makeContiguousUTF8()
            forEachScalar(of: native, body)
        }
    }

    /// Whether a text cell needs the wrapping style: it has line breaks, or it may be wider than its column
    /// (`mayOverflow`: the column's width is fixed or at the maximum) and is.
    static func needsWrap(_ text: String, width: Double, mayOverflow: Bool) -> Bool {
        let lineBreak = text.utf8.withContiguousStorageIfAvailable { utf8 in
            guard let base = utf8.baseAddress else { return false }
            return memchr(base, 0x0A, utf8.count) != nil || memchr(base, 0x0D, utf8.count) != nil
        }
        if lineBreak ?? text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) { return true }
        guard mayOverflow else { return false }
        let room = Int(width) - cellMargin
        // A character takes at most as many units as it has UTF-8 bytes, so short text always fits.
        return text.utf8.count > room && units(of: text, limit: room) > room
    }

    /// 2 for wide and full-width scalars (East Asian Width W or F), 0 for marks and controls, else 1.
    static func units(of scalar: UInt32) -> Int {
        switch scalar {
        case 0..<0x20, 0x7F..<0xA0, 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: 2
        default: 1
        }
    }

    private static func digitCount(_ value: UInt) -> Int {
        var count = 1
        var rest = value
        while rest >= 10 {
            rest /= 10
            count += 1
        }
        return count
    }

    /// The length of a decimal shown as `0.00`: its integer digits, a sign, the point and two decimals.
    private static func decimalUnits(_ value: Double) -> Int {
        let magnitude = abs(value)
        let integerDigits = magnitude < 1e18 ? digitCount(UInt(magnitude)) : 20
        return (value < 0 ? 1 : 0) + integerDigits + 3
    }
}
