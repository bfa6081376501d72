import Foundation

/// A calendar date written `YYYY-MM-DD`, checked to exist (no 2024-02-30).
struct LedgerDate: Sendable, Hashable {
    var year: Int
    var month: Int
    var day: Int

    init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1 else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard day <= days else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// 09:00 UTC on the day, as a time stamp for the package's entries and properties.
    var morning: Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let components = DateComponents(year: year, month: month, day: day, hour: 9)
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }

    /// As officials write a date: Arabic numerals, no leading zeros: 2024年2月20日.
    var chinese: String { "\(year)年\(month)月\(day)日" }
}
