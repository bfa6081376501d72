import FazhiStore

/// Whether a report was made public in time: by 31 March of the following year (厅字〔2019〕28号
/// 第二十四条), as `publication.late` and `publication.unknown` judge it.
enum PublicationStatus: String, Sendable, Codable, CaseIterable {
    case onTime = "on_time"
    case late
    case unknown

    init(_ summary: ReportSummary) {
        guard let year = summary.reportYear, let published = summary.publishedOn else {
            self = .unknown
            return
        }
        self = published > "\(year + 1)-03-31" ? .late : .onTime
    }

    var label: String {
        switch self {
        case .onTime: "按时公开"
        case .late: "逾期公开"
        case .unknown: "公开时间不明"
        }
    }

    /// The rule whose finding marks the status (on time has none).
    var rule: String? {
        switch self {
        case .onTime: nil
        case .late: "publication.late"
        case .unknown: "publication.unknown"
        }
    }
}
