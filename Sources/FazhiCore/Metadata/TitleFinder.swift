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
        let candidates = layout.contentLineIndices.filter { $0 < limit }.prefix(20)
        let indices = Array(candidates)
        for (position, index) in indices.enumerated() {
            let line = layout.lines[index]
            let content = text[line.content]
            guard looksLikeTitleLine(content) else { continue }
            if vocabulary.containsTitleWords(content), content.last != ":", content.last != "：" {
                // A title split over lines: join short lines above that lead into it (…关于 / 人民政府).
                var first = position
                var joined = Array(content)
                while first > 0 {
                    let above = layout.lines[indices[first - 1]]
                    let aboveText = text[above.content]
                    guard indices[first - 1] == indices[first] - 1 || indices[first - 1] == indices[first] - 2,
                          looksLikeTitleLine(aboveText), aboveText.count <= 30,
                          !vocabulary.containsTitleWords(aboveText), !hasLabel(aboveText) else { break }
                    joined = Array(aboveText) + joined
                    first -= 1
                }
                // …or below, when this line does not yet end the title.
                var last = position
                while last + 1 < indices.count, !endsTitle(joined) {
                    let below = layout.lines[indices[last + 1]]
                    let belowText = text[below.content]
                    guard looksLikeTitleLine(belowText), belowText.count <= 30 else { break }
                    joined += Array(belowText)
                    last += 1
                }
                guard joined.count <= 70 else { continue }
                return Found(text: clean(joined), lines: indices[first]...indices[last])
            }
        }
        return nil
    }

    static func looksLikeTitleLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        guard line.count >= 4, line.count <= 70 else { return false }
        if line.contains("。") || line.contains("；") { return false }
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
        return s.trimming("“”\"《》")
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
                      s[yearStart..<yearEnd].allSatisfy(\.isNumber), yearEnd < s.endIndex,
                      closes.contains(s[yearEnd]) else { idx = s.index(after: idx); continue }
                var end = s.index(after: yearEnd)
                while end < s.endIndex, s[end].isNumber { end = s.index(after: end) }
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
