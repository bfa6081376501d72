/// Turns an HTML page into the text a reader sees, mapping each code point back into the page.
///
/// Scripts, styles, comments, `<head>`, `<nav>`, `<header>`, `<footer>`, forms and every element
/// whose class or id names chrome (`breadcrumb`, `share`, `topNav` …) are dropped, unless that
/// element holds most of the page's Chinese text (then it wraps the report). Entities are decoded,
/// block elements break lines, and lines that are site chrome (分享, 字号, 当前位置 …) are dropped.
struct HTMLExtractor {
    var rules = HTMLRules.shared
    var lineFilter = ChromeLineFilter()

    /// What was extracted from a page.
    struct Extracted: Equatable {
        var text: String
        /// Per code point of `text`, its offset in the page, plus one final end entry.
        var offsets: [Int]
        /// Per code point of `text`, the end of its source in the page.
        var ends: [Int]
        /// The page's `<title>`, if any.
        var title: String?
    }

    func extract(_ page: String) -> Extracted {
        let scalars = Array(page.unicodeScalars)
        let lexer = HTMLLexer(scalars: scalars, rules: rules)
        let pageHanzi = Self.hanziCount(scalars[...])
        var builder = HTMLTextBuilder()
        var title: String?
        var articleDepth = 0
        var index = 0
        while index < scalars.count {
            let (token, next) = lexer.token(at: index)
            switch token {
            case .ignored:
                break
            case .text(let range):
                appendText(scalars, range, to: &builder)
            case .tag(let tag, let raw):
                if tag.name == "title", title == nil, let raw { title = Self.title(scalars, raw, rules: rules) }
                guard raw == nil else { break }  // script, style, title … are never shown
                if tag.opensContent(rules), isDropped(tag, insideArticle: articleDepth > 0) {
                    let end = lexer.elementEnd(of: tag.name, from: next)
                    if tag.name == "head", title == nil, let raw = lexer.rawText(of: "title", in: next..<end) {
                        title = Self.title(scalars, raw, rules: rules)
                    }
                    if Self.hanziCount(scalars[index..<end]) * 2 < pageHanzi || tag.name == "head" {
                        index = end
                        continue
                    }
                }
                if tag.name == "article" || tag.name == "main" {
                    articleDepth = max(0, articleDepth + (tag.isClosing ? -1 : 1))
                }
                layOut(tag, at: index, in: &builder)
            }
            index = next
        }
        let kept = lineFilter.filter(builder.scalars, offsets: builder.offsets, ends: builder.ends)
        let text = String(scalars: kept.scalars)
        return Extracted(text: text, offsets: kept.offsets + [kept.end], ends: kept.ends, title: title)
    }

    /// Whether an element is chrome by its name or class. A header inside `<article>` or `<main>`
    /// is the article's own heading (its title), not the site's.
    private func isDropped(_ tag: HTMLTag, insideArticle: Bool) -> Bool {
        if insideArticle, tag.name == "header" || tag.classAndID.contains("header") { return false }
        return rules.dropped.contains(tag.name) || rules.isChromeClass(tag.classAndID)
    }

    /// Adds character data, decoding entities; an entity's characters map to its `&`.
    private func appendText(_ scalars: [Unicode.Scalar], _ range: Range<Int>, to builder: inout HTMLTextBuilder) {
        var index = range.lowerBound
        while index < range.upperBound {
            if scalars[index] == "&", let (decoded, next) = HTMLEntity.decode(scalars, at: index, rules: rules),
                next <= range.upperBound
            {
                for scalar in decoded { builder.character(scalar, from: index, to: next) }
                index = next
            } else {
                builder.character(scalars[index], from: index, to: index + 1)
                index += 1
            }
        }
    }

    private func layOut(_ tag: HTMLTag, at offset: Int, in builder: inout HTMLTextBuilder) {
        if tag.name == "br" { return builder.forcedBreak(at: offset) }
        switch rules.layout(of: tag.name) {
        case .inline: break
        case .line: builder.lineBreak(at: offset)
        case .paragraph: builder.paragraphBreak(at: offset)
        case .cell: if !tag.isClosing { builder.cellBreak(at: offset) }
        }
    }

    /// The page title: entities decoded, whitespace collapsed.
    private static func title(_ scalars: [Unicode.Scalar], _ range: Range<Int>, rules: HTMLRules) -> String? {
        var builder = HTMLTextBuilder()
        HTMLExtractor(rules: rules).appendText(scalars, range, to: &builder)
        let title = String(String.UnicodeScalarView(builder.scalars))
        return title.isEmpty ? nil : title
    }

    /// How many CJK ideographs a stretch of the page holds.
    static func hanziCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { count, scalar in
            count + ((0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) ? 1 : 0)
        }
    }
}
