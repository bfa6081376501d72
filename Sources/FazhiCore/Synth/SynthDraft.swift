/// A composed report before layout: the lines of its header, title, body and footer, as
/// simplified text with full-width punctuation.
struct SynthDraft: Sendable {
    /// A body line: a heading (top-level part or lower) or a paragraph.
    struct Line: Sendable {
        enum Kind: Sendable { case part, heading, paragraph }
        var kind: Kind
        var text: String
    }

    /// Site chrome before the title (text files scraped from a page).
    var header: [String] = []
    /// The title as written, on one or two lines; empty when the report has none.
    var titleLines: [String] = []
    /// A 文号 line under the title.
    var docNumber: String?
    /// The 发布时间/来源 line, placed under the title (or in the page's info block).
    var info: String?
    /// A 索引号/发布机构 block (text) or table (HTML).
    var meta: [String] = []
    var body: [Line] = []
    /// Site chrome after the report.
    var footer: [String] = []
    /// The dates the text writes (`YYYY-MM-DD`), and the words that write them (traps).
    var publishedOn: String?
    var signedOn: String?
    var dateTexts: [String] = []

    var title: String? { titleLines.isEmpty ? nil : titleLines.joined() }

    mutating func part(_ text: String) { body.append(Line(kind: .part, text: text)) }
    mutating func heading(_ text: String) { body.append(Line(kind: .heading, text: text)) }
    mutating func paragraph(_ text: String) { body.append(Line(kind: .paragraph, text: text)) }

    /// The draft with half-width punctuation (，：；（）！？ → ,:;()!?), as many sites print it.
    func halfWidth() -> SynthDraft {
        func convert(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.map { Self.halfWidthMap[$0] ?? $0 }))
        }
        var d = self
        d.header = header.map(convert)
        d.titleLines = titleLines.map(convert)
        d.docNumber = docNumber.map(convert)
        d.info = info.map(convert)
        d.meta = meta.map(convert)
        d.body = body.map { Line(kind: $0.kind, text: convert($0.text)) }
        d.footer = footer.map(convert)
        return d
    }

    private static let halfWidthMap: [Unicode.Scalar: Unicode.Scalar] = [
        "，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?",
    ]
}
