import Foundation

/// A 公文 (official document) as its parts: title, addressee, body blocks and the 落款 (issuer and date).
///
/// ``data()`` lays it out as a .docx in the GB/T 9704-2012 layout (see ``GBT9704``):
///
/// ```swift
/// let doc = OfficialDocument(
///     title: ["武清区人民政府关于武清区2023年度", "法治政府建设情况的报告"], addressee: "武清区人大常委会:",
///     blocks: [.heading1("一、2023年度推进法治政府建设的主要举措和成效"),
///              .paragraph([.init("(一)依法全面履行政府职能。", style: .heading2), .init("加强权责清单管理……")])],
///     issuer: "武清区人民政府", date: "2024年2月20日")
/// let bytes = try doc.data()
/// ```
public struct OfficialDocument: Sendable, Hashable {
    /// How a run of text is set: body text in 仿宋, or one of the heading levels' faces.
    public enum RunStyle: Sendable, Hashable {
        /// 仿宋_GB2312, 3号.
        case body
        /// 一、 level: 黑体, 3号.
        case heading1
        /// (一) level: 楷体_GB2312, 3号.
        case heading2
    }

    /// A stretch of text in one face.
    public struct Run: Sendable, Hashable {
        public var text: String
        public var style: RunStyle

        public init(_ text: String, style: RunStyle = .body) {
            self.text = text
            self.style = style
        }
    }

    /// One paragraph of the body.
    public enum Block: Sendable, Hashable {
        /// A first-level heading on its own line (一、…), 黑体, indented two characters.
        case heading1(String)
        /// A second-level heading on its own line ((一)…), 楷体, indented two characters.
        case heading2(String)
        /// A body paragraph, indented two characters; runs may open with an inline heading.
        case paragraph([Run])
    }

    /// The title, one entry per line (a long title is split where the author wants it).
    public var title: [String]
    /// The 主送机关 with its colon, flush left under the title: "武清区人大常委会:".
    public var addressee: String?
    public var blocks: [Block]
    /// The 发文机关署名.
    public var issuer: String
    /// The 成文日期 as written: "2024年2月20日".
    public var date: String
    /// The package's creation time (core properties and entry time stamps), so the same document gives
    /// the same bytes.
    public var created: Date

    public init(
        title: [String], addressee: String?, blocks: [Block], issuer: String, date: String,
        created: Date = Date(timeIntervalSince1970: 1_600_000_000)
    ) {
        self.title = title
        self.addressee = addressee
        self.blocks = blocks
        self.issuer = issuer
        self.date = date
        self.created = created
    }
}
