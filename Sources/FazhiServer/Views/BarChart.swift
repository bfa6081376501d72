import FazhiCore

/// A horizontal bar chart drawn as SVG by the server: one labelled bar per row, scaled to the
/// largest value. Labels are escaped; colours are attributes (the CSP allows no inline style).
struct BarChart {
    struct Bar {
        var label: String
        var value: Double
        var text: String
        var link: String?
        /// Drawn in the warning colour (an area never mentioned).
        var flagged = false
    }

    var title: String
    var bars: [Bar]
    var labelWidth = 340
    var barWidth = 420

    func svg() -> String {
        let rowHeight = 26, top = 8
        let height = top * 2 + rowHeight * bars.count
        let width = labelWidth + barWidth + 110
        let maximum = max(bars.map(\.value).max() ?? 0, 1e-9)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" font-size=\"13\" font-family=\"Noto Sans CJK SC, WenQuanYi Zen Hei, sans-serif\"><title>\(HTML.escape(title))</title>"
        out += "<line x1=\"\(labelWidth)\" y1=\"\(top - 4)\" x2=\"\(labelWidth)\" y2=\"\(height - top + 4)\" stroke=\"#9aa3ad\"/>"
        for (i, bar) in bars.enumerated() {
            let y = top + i * rowHeight
            let length = bar.value > 0 ? max(2, Int((bar.value / maximum * Double(barWidth)).rounded())) : 0
            let label = HTML.escape(Self.clip(bar.label, labelWidth / 13 - 1))
            out += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\" fill=\"\(bar.flagged ? "#a8201a" : "#1f2329")\">\(label)</text>"
            let rect = "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(length)\" height=\"\(rowHeight - 8)\" fill=\"\(bar.flagged ? "#e3a19c" : "#b3241d")\"><title>\(HTML.escape(bar.label)):\(HTML.escape(bar.text))</title></rect>"
            out += bar.link.map { "<a href=\"\(HTML.escape($0))\">\(rect)</a>" } ?? rect
            out += "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\" fill=\"#5f6670\">\(HTML.escape(bar.text))</text>"
        }
        return out + "</svg>"
    }

    private static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }

    /// How a report covers the framework's areas: measure paragraphs per area; areas never
    /// mentioned flagged.
    static func coverage(_ coverage: FrameworkCoverage) -> BarChart {
        BarChart(title: "法治政府建设实施纲要(\(coverage.edition) 年版)各领域覆盖", bars: coverage.areas.map { a in
            let unmentioned = coverage.unmentioned.contains(a.id)
            return Bar(label: a.name, value: Double(a.paragraphs), text: unmentioned ? "未提及" : "\(a.paragraphs) 段", flagged: unmentioned)
        })
    }
}
