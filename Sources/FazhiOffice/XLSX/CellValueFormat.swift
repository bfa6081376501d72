/// How cell values are spelt in SpreadsheetML: column letters, date serials and numbers.
enum CellValueFormat {
    /// The column letters of a zero-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`, 16383 → `XFD`.
    static func columnLetters(_ index: Int) -> [UInt8] {
        var letters: [UInt8] = []
        var rest = index + 1
        while rest > 0 {
            rest -= 1
            letters.append(UInt8(ascii: "A") + UInt8(rest % 26))
            rest /= 26
        }
        return letters.reversed()
    }

    /// A cell reference for messages: (0, 1) → `A2`.
    static func reference(column: Int, row: Int) -> String {
        String(decoding: columnLetters(column), as: UTF8.self) + String(row + 1)
    }

    /// Excel's serial number of a date (days since 1899-12-30), or `nil` for a day that does not exist.
    /// Serials are valid from 1900-03-01 (61) on; ``isBeforeSerialRange(year:month:day:)`` tells earlier ones.
    static func serial(year: Int, month: Int, day: Int) -> Int? {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...daysInMonth(year: year, month: month)).contains(day) else { return nil }
        return daysFromCivil(year: year, month: month, day: day) - daysFromCivil(year: 1899, month: 12, day: 30)
    }

    /// Whether a date precedes 1900-03-01, where Excel's serials stop matching the calendar.
    static func isBeforeSerialRange(year: Int, month: Int, day: Int) -> Bool {
        (year, month, day) < (1900, 3, 1)
    }

    /// A date as `yyyy-mm-dd` text, for dates Excel cannot hold as serials.
    static func isoText(year: Int, month: Int, day: Int) -> String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// Appends a finite number as `<v>` text: integral values below 10¹⁵ in plain digits, others in the
    /// shortest form that reads back as the same double (`21.08`, `1.5E-07`).
    static func appendNumber(_ value: Double, to buffer: XMLBuffer) {
        if value == value.rounded(), abs(value) < 1e15 {
            buffer.append(Int(value))
            return
        }
        var text = value.description
        text.withUTF8 { utf8 in
            for byte in utf8 {
                buffer.append(byte: byte == UInt8(ascii: "e") ? UInt8(ascii: "E") : byte)
            }
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
