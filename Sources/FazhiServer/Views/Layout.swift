import Foundation

/// The page frame (Resources/layout.html): header with the portal's name, navigation, footer.
enum Layout {
    enum Section: String, CaseIterable {
        case reports, search, compare, upload

        var label: String {
            switch self {
            case .reports: "年度报告专栏"
            case .search: "检索"
            case .compare: "对比"
            case .upload: "上传分析"
            }
        }

        var path: String {
            switch self {
            case .reports: "/"
            case .search: "/search"
            case .compare: "/compare"
            case .upload: "/upload"
            }
        }
    }

    static func page(title: String, active: Section?, main: String) -> String {
        let nav = Section.allCases.map { (s) -> String in
            "<a href=\"\(s.path)\"\(s == active ? " class=\"active\" aria-current=\"page\"" : "")>\(s.label)</a>"
        }.joined()
        return Assets.layout
            .replacingOccurrences(of: "{{title}}", with: HTML.escape(title))
            .replacingOccurrences(of: "{{nav}}", with: nav)
            .replacingOccurrences(of: "{{main}}", with: main)
    }
}
