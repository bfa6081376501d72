/// Finds a report's title near the top: a line naming 法治政府/法治建设 … and ending in 报告/情况,
/// possibly split over two or three lines, repeated, or glued to its 文号.
public enum TitleFinder {
    public struct Found: Sendable {
        public var text: String
        public var lines: ClosedRange<Int>
    }

    /// Looks at the first content lines (before `limit`).
    static func find(in layout: TextLayout, before limit: Int, vocabulary: MetadataVocabulary = .shared) -> Found? {
        let text = layout.scalars
        // The first 20 lines that are not a page's labels (a block of 12 label rows can come first).
        let candidates = layout.contentLineIndices.filter { $0 < limit && !hasLabel(layout.scalars[layout.lines[$0].content]) }.prefix(20)
        let indices = Array(candidates)
        for (position, index) in indices.enumerated() {
            let line = layout.lines[index]
            let content = text[line.content]
            guard looksLikeTitleLine(content) else { continue }
            if let split = splitTitle(at: position, of: indices, in: layout, vocabulary: vocabulary) { return split }
            if vocabulary.containsTitleWords(content), content.last != ":", content.last != "：" {
                // A title split over lines: join short lines above that lead into it (…关于 / 人民政府).
                var first = position
                var joined = Array(content)
                while first > 0 {
                    let above = layout.lines[indices[first - 1]]
                    let aboveText = text[above.content]
                    guard indices[first - 1] == indices[first] - 1 || indices[first - 1] == indices[first] - 2,
                          looksLikeTitleLine(aboveText), aboveText.count <= 30, isTitleText(aboveText),
                          vocabulary.labels.longestMatch(in: aboveText, at: aboveText.startIndex) == nil,
                          !vocabulary.containsTitleWords(aboveText), !hasLabel(aboveText) else { break }
                    joined = Array(aboveText) + joined
                    first -= 1
                }
                // …or below, when this line does not yet end the title.
                var last = position
                while last + 1 < indices.count, !endsTitle(joined) {
                    let below = layout.lines[indices[last + 1]]
                    let belowText = text[below.content]
                    guard looksLikeTitleLine(belowText), belowText.count <= 30, isTitleText(belowText) else { break }
                    joined += Array(belowText)
                    last += 1
                }
                guard joined.count <= 70 else { continue }
                return Found(text: clean(joined), lines: indices[first]...indices[last])
            }
        }
        return nil
    }

    /// A title broken where neither half reads as one (昌吉州人民政府2024年度法治政府 / 建设情况报告):
    /// a line with the topic but no ending, and a short line right under it that ends the title.
    static func splitTitle(at position: Int, of indices: [Int], in layout: TextLayout, vocabulary: MetadataVocabulary) -> Found? {
        let text = layout.scalars
        let content = text[layout.lines[indices[position]].content]
        guard position + 1 < indices.count, indices[position + 1] - indices[position] <= 2,
              !vocabulary.containsTitleWords(content), vocabulary.containsTitleTopic(content) else { return nil }
        let below = text[layout.lines[indices[position + 1]].content]
        guard looksLikeTitleLine(below), below.count <= 30 else { return nil }
        let joined = Array(content) + Array(below)
        guard joined.count <= 70, vocabulary.containsTitleWords(joined[...]), endsTitle(joined) else { return nil }
        return Found(text: clean(joined), lines: indices[position]...indices[position + 1])
    }

    static func looksLikeTitleLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count >= 4, line.count <= 70 else { return false }
        if line.contains("。") || line.contains("；") { return false }
        // A breadcrumb (首页 >> 政务公开 >> 法治政府工作报告) is the page's path, not a title.
        if line.contains(where: { $0 == ">" || $0 == "＞" || $0 == "»" }) { return false }
        let commas = line.filter { $0 == "，" || $0 == "," }.count
        return commas == 0 && !hasLabel(line)
    }

    static func hasLabel(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let colon = line.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        return colon - line.startIndex <= 8
    }

    static func endsTitle(_ text: [Unicode.Scalar]) -> Bool {
        let s = String(scalars: text)
        return s.hasSuffix("报告") || s.hasSuffix("情况") || s.hasSuffix("总结") || s.hasSuffix("）") || s.hasSuffix(")")
    }

    /// Drops blanks and a glued 文号 (厦海政〔2021〕26号) from a title.
    static func clean(_ text: [Unicode.Scalar]) -> String {
        var s = String(scalars: text.filter { !$0.isBlank })
        if let range = DocumentNumber.range(in: s) {
            let before = s[s.startIndex..<range.lowerBound]
            let after = s[range.upperBound...]
            s = before.count >= after.count ? String(before) : String(after)
        }
        return withoutLeadingJunk(titleRun(s)).trimming("“”\"《》")
    }

    /// The title without page words glued before it (政府文件, 主动公开, 时效性有效, 主题分类…服务对象,
    /// 请点击…注销): when what precedes the first place, body, year, 关于 or 中共 holds such words, it is cut.
    static func withoutLeadingJunk(_ s: String, vocabulary: MetadataVocabulary = .shared) -> String {
        let scalars = Array(s.unicodeScalars)
        guard scalars.count > 8 else { return s }
        // Most titles carry no page words at all: only those are searched for where the title starts.
        guard !vocabulary.labels.matches(in: scalars).isEmpty || junkWords.contains(where: { scalars.contains(subsequence: $0) })
        else { return s }
        for start in 1..<(scalars.count - 6) where startsTitle(scalars, at: start) {
            let prefix = scalars[..<start]
            let junk = !vocabulary.labels.matches(in: prefix).isEmpty
                || junkWords.contains { prefix.contains(subsequence: $0) }
            return junk ? String(scalars: scalars[start...]) : s
        }
        return s
    }

    static let junkWords: [[Unicode.Scalar]] = ["政府文件", "主动公开", "依申请公开", "注销", "欢迎", "浏览器", "有效", "点击"]
        .map { Array($0.unicodeScalars) }

    /// Whether a title can start at `i`: a division or township, a central body, a year, 关于, 中共.
    static func startsTitle(_ s: [Unicode.Scalar], at i: Int) -> Bool {
        if s[i...].starts(with: Array("关于".unicodeScalars)) || s[i...].starts(with: Array("中共".unicodeScalars)) { return true }
        if i + 4 < s.count, s[i..<(i + 4)].allSatisfy(\.isDigit), s[i + 4] == "年" { return true }
        if Gazetteer.shared.fullNames.longestMatch(in: s, at: i) != nil { return true }
        if let m = TownshipIndex.shared.match(in: s, at: i), m.length >= 3 { return true }
        return CentralBodies.shared.match(in: s, at: i) != nil
    }

    /// The title without what a page glued before it (专注分享国内外新闻资讯Menu2018年… → 2018年…,
    /// ]天水市… → 天水市…): the longest tail made of the characters titles are written in.
    static func titleRun(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var start = scalars.count
        while start > 0, isTitleCharacter(scalars[start - 1]) { start -= 1 }
        let run = String(scalars: scalars[start...])
        return run.unicodeScalars.count >= 6 ? run : s
    }

    /// A line written only in the characters of titles (not a label row such as | [ 发布日期 ] | 2026-02-11 |).
    static func isTitleText(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        line.allSatisfy { isTitleCharacter($0) || $0.isBlank }
    }

    static func isTitleCharacter(_ c: Unicode.Scalar) -> Bool {
        c.properties.isUnifiedIdeograph || ("0"..."9").contains(c) || "（）()《》“”〔〕—-－–、·".unicodeScalars.contains(c)
    }
}

extension String {
    /// The string without leading and trailing characters of `set`.
    func trimming(_ set: String) -> String {
        var scalars = Substring(self)
        while let f = scalars.first, set.contains(f) { scalars.removeFirst() }
        while let l = scalars.last, set.contains(l) { scalars.removeLast() }
        return String(scalars)
    }
}

/// 文号: an issuing body's abbreviation, the year in 〔〕 and a serial number: 厦海政〔2021〕26号.
enum DocumentNumber {
    static func range(in s: String) -> Range<String.Index>? {
        let opens: Set<Character> = ["〔", "[", "［", "【", "("]
        let closes: Set<Character> = ["〕", "]", "］", "】", ")"]
        var idx = s.startIndex
        while idx < s.endIndex {
            if opens.contains(s[idx]) {
                let yearStart = s.index(after: idx)
                guard let yearEnd = s.index(yearStart, offsetBy: 4, limitedBy: s.endIndex),
                      s[yearStart..<yearEnd].allSatisfy(\.isDecimalDigit), yearEnd < s.endIndex,
                      closes.contains(s[yearEnd]) else { idx = s.index(after: idx); continue }
                var end = s.index(after: yearEnd)
                while end < s.endIndex, s[end].isDecimalDigit { end = s.index(after: end) }
                guard end < s.endIndex, s[end] == "号", end > s.index(after: yearEnd) else {
                    idx = s.index(after: idx); continue
                }
                var start = idx
                var letters = 0
                while start > s.startIndex, letters < 6 {
                    let prev = s.index(before: start)
                    // A title ends in 报告/情况/总结: its last character is not part of the 文号.
                    guard s[prev].unicodeScalars.first?.isHan == true, !"告况结".contains(s[prev]) else { break }
                    start = prev
                    letters += 1
                }
                guard letters >= 1 else { idx = s.index(after: idx); continue }
                return start..<s.index(after: end)
            }
            idx = s.index(after: idx)
        }
        return nil
    }
}
