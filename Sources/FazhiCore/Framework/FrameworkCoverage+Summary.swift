/// The compact coverage lines the text and Markdown reports show, one per area:
/// `functions ●●○ 3段  健全政府机构职能体系,推动更好发挥政府作用`.
///
/// The dots: the body mentions the area; a measure paragraph is about it; a paragraph is mostly
/// about it (the area leads its tags). `○○○` is an area the report never mentions.
extension FrameworkCoverage {
    /// The legend of the dots, in Chinese.
    public static let legend = "●提及 ●有举措段落 ●有专门段落"

    /// `●●○` for an area.
    public func dots(_ area: Area) -> String {
        [area.mentions > 0, area.paragraphs > 0, area.leads > 0].map { $0 ? "●" : "○" }.joined()
    }

    /// The heading of the coverage block: `纲要覆盖 中共中央、国务院《法治政府建设实施纲要(2021－2025年)》`.
    public var title: String {
        "纲要覆盖 \(FrameworkEdition.edition(edition)?.document ?? edition)"
    }

    /// One line per area: id, dots, paragraph count, the area's title.
    public func summaryLines() -> [String] {
        let width = areas.map(\.id.count).max() ?? 0
        return areas.map { a in
            let id = a.id + String(repeating: " ", count: width - a.id.count)
            return "\(id) \(dots(a)) \(a.paragraphs)段  \(a.name)"
        }
    }
}
