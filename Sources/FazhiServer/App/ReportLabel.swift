import FazhiStore

/// How a report is named to readers: its title, else its jurisdiction and year; never the file
/// path it was ingested from.
enum ReportLabel {
    static func title(_ s: ReportSummary) -> String {
        if let title = s.title { return title }
        let place = (s.jurisdiction ?? "") + (s.reportYear.map { "\($0)年度" } ?? "")
        return (place.isEmpty ? "报告 #\(s.id)" : place + "报告") + "(标题未识别)"
    }

    /// The last component of a stored file name.
    static func fileName(_ name: String) -> String {
        name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? name
    }
}
