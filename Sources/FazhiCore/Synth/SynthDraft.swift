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

    /// The draft with every line of text passed through `convert` (script, punctuation).
    func map(_ convert: (String) -> String) -> SynthDraft {
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

    /// The draft with half-width punctuation (，：；（）！？ → ,:;()!?), as many sites print it.
    func halfWidth() -> SynthDraft {
        map(Self.halfWidth)
    }

    /// The full-width forms U+FF01–FF3F are EF BC 81–BF in UTF-8; their ASCII forms are the
    /// last byte less 0x60. Only these are narrowed: full-width “” and 、 stay.
    private static let narrowed: Set<UInt8> = [0x8C, 0x9A, 0x9B, 0x88, 0x89, 0x81, 0x9F]

    static func halfWidth(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, narrowed.contains(bytes[i + 2]) {
                out.append(bytes[i + 2] - 0x60)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
