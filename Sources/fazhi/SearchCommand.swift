import ArgumentParser
import FazhiCore
import FazhiStore
import Foundation

/// `fazhi search QUERY`: paragraphs of the stored reports, best first, with the terms marked.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Full-text search of the stored reports (either script finds both).",
        discussion: "Terms separated by spaces must all occur; each term is matched as written (复议, 行政复议纠错).")

    @Argument(help: "The query, e.g. 行政复议 or 復議 纠错.")
    var query: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: FilterOptions

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        var filter = filters.filter
        if filter.limit == 50 { filter.limit = 20 }
        let hits = try store.open().search(SearchRequest(query: query, filter: filter))
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Standard.out(String(decoding: try encoder.encode(hits), as: UTF8.self) + "\n")
            return
        }
        for hit in hits {
            let part = hit.part.flatMap(PartKind.init).map(Labels.part) ?? "—"
            let areas = hit.areas.isEmpty ? "" : " · " + hit.areas.joined(separator: ",")
            Standard.out("#\(hit.reportID) \(hit.jurisdiction ?? "—") \(hit.reportYear.map { "\($0)年度" } ?? "") 【\(part)】\(areas)  [\(hit.range.start)–\(hit.range.end)]\n")
            Standard.out("  \(Snippet.render(hit.paragraph, highlights: hit.highlights))\n")
        }
        Standard.err("\(hits.count) hit(s)")
    }
}

/// A paragraph clipped around its first highlight, the terms between 【】.
enum Snippet {
    static func render(_ paragraph: String, highlights: [TextRange], width: Int = 90) -> String {
        let s = Array(paragraph.unicodeScalars)
        let first = highlights.first?.start ?? 0
        let start = max(0, min(first - width / 3, s.count - width))
        let end = min(s.count, start + width)
        var out: [Unicode.Scalar] = start > 0 ? ["…"] : []
        for i in start..<end {
            if highlights.contains(where: { $0.start == i }) { out.append("【") }
            out.append(s[i])
            if highlights.contains(where: { $0.end == i + 1 }) { out.append("】") }
        }
        if end < s.count { out.append("…") }
        return String(String.UnicodeScalarView(out))
    }
}
