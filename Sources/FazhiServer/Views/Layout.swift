import Foundation

/// The page frame (Resources/layout.html): header with the portal's name, navigation, footer.
enum Layout {
    enum Section: String, CaseIterable {
        case reports, search, compare, upload, draft

        var label: String {
            switch self {
            case .reports: "年度报告专栏"
            case .search: "检索"
            case .compare: "对比"
            case .upload: "上传分析"
            case .draft: "起草"
            }
        }

        var path: String {
            switch self {
            case .reports: "/"
            case .search: "/search"
            case .compare: "/compare"
            case .upload: "/upload"
            case .draft: "/draft"
            }
        }
    }

    static func page(title: String, active: Section?, main: String) -> String {
        let nav = Section.allCases.map { (s) -> String in
            "<a href=\"\(s.path)\"\(s == active ? " class=\"active\" aria-current=\"page\"" : "")>\(s.label)</a>"
        }.joined()
        let values = ["title": HTML.escape(title), "nav": nav, "main": main]
        var out = ""
        out.reserveCapacity(frame.reduce(0) { $0 + $1.text.utf8.count } + main.utf8.count + 1024)
        for piece in frame { out += piece.isSlot ? values[piece.text] ?? "" : piece.text }
        return out
    }

    /// The frame cut once at its `{{slots}}`: each piece literal text or a slot's name. Filling the
    /// pieces in one pass never looks for a slot in what fills another (a title holding `{{main}}`).
    static let frame: [(text: String, isSlot: Bool)] = {
        var pieces: [(text: String, isSlot: Bool)] = []
        var rest = Substring(Assets.layout)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            pieces.append((String(rest[..<open.lowerBound]), false))
            pieces.append((String(rest[open.upperBound..<close.lowerBound]), true))
            rest = rest[close.upperBound...]
        }
        pieces.append((String(rest), false))
        return pieces
    }()
}
