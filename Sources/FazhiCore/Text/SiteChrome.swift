/// Recognizes the lines a government website wraps around a report: 分享, 字号, 打印页面, 当前位置,
/// "IE版本小于11", 已归档, 您访问的链接即将离开… (Resources/chrome.json).
///
/// Such lines are not part of the report: the structure and the figures ignore them, and the HTML
/// reader drops them. Metadata lines (日期, 来源, 发布时间) are not chrome: they are read for dates.
public struct SiteChrome: Sendable {
    struct File: Codable {
        var version: Int
        var linePrefixes: [String]
        var lineContains: [String]
        var exactLines: [String]
        var keepPrefixes: [String]
    }

    private let prefixes: ScalarTrie<Bool>
    private let contains: ScalarTrie<Bool>
    private let exact: Set<String>
    private let keep: ScalarTrie<Bool>

    public static let shared = SiteChrome(DomainResources.load("chrome.json", as: File.self))

    init(_ file: File) {
        prefixes = ScalarTrie(file.linePrefixes.map { ($0, true) })
        contains = ScalarTrie(file.lineContains.map { ($0, true) })
        exact = Set(file.exactLines)
        keep = ScalarTrie(file.keepPrefixes.map { ($0, true) })
    }

    /// Whether the (trimmed) line is site chrome rather than report text.
    public func isChrome(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let trimmed = line.trimmingBlanks()
        if trimmed.isEmpty { return false }
        if trimmed.count <= 12 && exact.contains(String(scalars: trimmed)) { return true }
        let start = trimmed.startIndex
        if keep.longestMatch(in: trimmed, at: start) != nil { return false }
        if prefixes.longestMatch(in: trimmed, at: start) != nil { return true }
        if trimmed.count <= 60, !contains.matches(in: trimmed).isEmpty { return true }
        return false
    }

    public func isChrome(_ line: String) -> Bool {
        isChrome(ArraySlice(Array(line.unicodeScalars)))
    }
}

extension Unicode.Scalar {
    /// Spaces of every width, tabs, bullets and the BOM: what pads a line of a web page.
    public var isBlank: Bool {
        switch value {
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D, 0xA0, 0x3000, 0xFEFF, 0x200B, 0x2002...0x200A, 0x2022, 0x00B7:
            return true
        default:
            return false
        }
    }
}

extension ArraySlice where Element == Unicode.Scalar {
    /// The slice without leading and trailing blanks (indices stay those of the base array).
    public func trimmingBlanks() -> ArraySlice<Unicode.Scalar> {
        var lo = startIndex
        var hi = endIndex
        while lo < hi, self[lo].isBlank || self[lo] == "\n" { lo += 1 }
        while hi > lo, self[hi - 1].isBlank || self[hi - 1] == "\n" { hi -= 1 }
        return self[lo..<hi]
    }
}
