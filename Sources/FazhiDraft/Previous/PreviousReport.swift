import FazhiCore
import Foundation

/// Last year's report as the new ledger needs it: its shortcomings and plan items (to be marked
/// rectified or carried over) and its figures by indicator (written beside this year's as 同比).
public struct PreviousReport: Sendable, Hashable {
    /// Last year's value of an indicator.
    public struct Figure: Sendable, Hashable {
        public var indicator: String
        public var value: Double
    }

    public var year: Int?
    /// Where it came from: the file, or the stored report's id.
    public var source: String
    public var shortcomings: [String]
    public var plan: [String]
    /// The first value of each indicator, in the report's order.
    public var figures: [Figure]

    /// Reads the items and figures out of an analyzed report; `text` is the text the analysis ranges index.
    public init(analysis: Analysis, text: String, source: String) {
        let scalars = Array(text.unicodeScalars)
        year = analysis.metadata.reportYear
        self.source = source
        func items(_ kind: PartKind) -> [String] {
            guard let part = analysis.parts.first(where: { $0.kind == kind }) else { return [] }
            return Self.items(in: part, outline: analysis.outline, scalars: scalars)
        }
        shortcomings = items(.shortcomings)
        plan = items(.plan)
        var seen = Set<String>()
        figures = analysis.quantities.compactMap { q in
            guard let id = q.indicator, q.change == nil, seen.insert(id).inserted else { return nil }
            return Figure(indicator: id, value: q.value)
        }
    }

    /// A part's items: its sub-headings when it has them; else its 一是…二是… enumeration; else its sentences.
    static func items(in part: Part, outline: [Section], scalars: [Unicode.Scalar]) -> [String] {
        func flatten(_ sections: [Section]) -> [Section] { sections.flatMap { [$0] + flatten($0.children) } }
        let inside = flatten(outline).filter {
            part.range.asRange.contains($0.headingRange.start) && $0.headingRange.start > part.range.start + 1
        }
        if let depth = inside.map(\.depth).min() {
            return inside.filter { $0.depth == depth }.map { Self.withoutMarker($0.heading) }.filter { !$0.isEmpty }
        }
        let bounds = part.range.start..<min(part.range.end, scalars.count)
        guard !bounds.isEmpty else { return [] }
        var body = String(String.UnicodeScalarView(scalars[bounds]))
        if let firstBreak = body.firstIndex(of: "\n") { body = String(body[body.index(after: firstBreak)...]) }
        let enumerated = Enumeration.items(in: body)
        if enumerated.count >= 2 { return enumerated }
        return body.split(whereSeparator: { "。\n".contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 6 }
    }

    /// A heading without its marker and closing stop: "1.持续深化政府职能转变。" → "持续深化政府职能转变".
    static func withoutMarker(_ heading: String) -> String {
        var text = Substring(heading.trimmingCharacters(in: .whitespaces))
        if let close = text.prefix(8).firstIndex(where: { "、.．)）".contains($0) }) {
            let marker = text[..<close]
            if marker.allSatisfy({ $0.isNumber || "(（一二三四五六七八九十".contains($0) }) {
                text = text[text.index(after: close)...]
            }
        }
        return ReportComposer.clause(String(text.prefix(while: { $0 != "。" })))
    }
}

/// Splits "一是……;二是……。三是……" into its items.
enum Enumeration {
    static let ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    static func items(in text: String) -> [String] {
        var starts: [String.Index] = []
        var search = text.startIndex
        for ordinal in ordinals {
            guard let found = text.range(of: ordinal + "是", range: search..<text.endIndex) else { break }
            starts.append(found.upperBound)
            search = found.upperBound
        }
        return starts.enumerated().map { index, start in
            let end = index + 1 < starts.count ? text.index(starts[index + 1], offsetBy: -2) : text.endIndex
            let item = String(text[start..<end]).split(whereSeparator: { "。\n".contains($0) }).first.map(String.init) ?? ""
            return ReportComposer.clause(item)
        }.filter { !$0.isEmpty }
    }
}
