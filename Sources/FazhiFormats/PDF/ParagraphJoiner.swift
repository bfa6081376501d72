/// Joins a document's lines into paragraphs the way the printed page shows them.
///
/// Chinese official documents are set justified with a first-line indent: a line that runs to the
/// right edge continues in the next line, unless the next is indented or centred; a line that stops
/// short ends its paragraph, and so does a wider gap than the line spacing. Lines continue across a
/// page break the same way. Without boxes (Poppler gave none) every line is its own paragraph.
struct ParagraphJoiner {
    /// Where body lines start and end on the page, and the size of one character.
    struct Geometry {
        var left: Double
        var right: Double
        var em: Double

        var middle: Double { (left + right) / 2 }

        /// The body's geometry from all lines that have boxes; nil when none has.
        init?(_ lines: [PageLine]) {
            let boxed = lines.compactMap { line in line.box.map { (line, $0) } }
            guard !boxed.isEmpty else { return nil }
            let ems = boxed.compactMap(\.0.em).sorted()
            let em = ems.isEmpty ? 10.5 : ems[ems.count / 2]
            let left = Self.mode(boxed.map(\.1.x0), bucket: em / 2, prefer: <)
            // The right edge: the most common end of the longer lines.
            let long = boxed.filter { $0.1.x1 - left > 10 * em }.map(\.1.x1)
            self.em = em
            self.left = left
            right = long.isEmpty ? boxed.map(\.1.x1).max()! : Self.mode(long, bucket: em / 2, prefer: >)
        }

        /// The most common value, counted in buckets of `bucket`; ties go to the one `prefer` puts first.
        private static func mode(_ values: [Double], bucket: Double, prefer: (Double, Double) -> Bool) -> Double {
            var counts: [Int: (count: Int, value: Double)] = [:]
            for v in values {
                let k = Int((v / bucket).rounded())
                let old = counts[k]
                counts[k] = ((old?.count ?? 0) + 1, old.map { prefer($0.value, v) ? $0.value : v } ?? v)
            }
            let best = counts.values.max { a, b in a.count != b.count ? a.count < b.count : prefer(b.value, a.value) }!
            return best.value
        }
    }

    var geometry: Geometry?

    /// Whether `next` continues the paragraph that `line` is in. `samePage`: the two are on one page
    /// (the gap between them means something).
    func continues(_ line: PageLine, _ next: PageLine, samePage: Bool) -> Bool {
        guard let g = geometry, let a = line.box, let b = next.box else { return false }
        let em = g.em
        // Two blocks of one printed line (a gap Poppler read as a new line): one paragraph.
        if samePage, a.sharesLine(with: b), b.x0 > a.x1 { return true }
        if isCentred(a, g) && isCentred(b, g) { return a.width > 0.6 * (g.right - g.left) }
        // A line ends its paragraph when the next one's first word would have fitted after it
        // (ragged text), or when it stops short of the edge by more than that.
        let room = g.right - a.x1
        if room > (next.leadWidth ?? em) + 0.5 * em { return false }
        if b.x0 > g.left + 0.4 * em { return false }            // an indented or centred line starts one
        if samePage, b.y0 - a.y1 > max(a.height, b.height) * 1.2 { return false }   // a wider gap
        // A sentence that ends at the edge, then a numbered heading: (三)… 二、… 3.…
        if let last = line.scalars.last, Self.sentenceEnds.contains(last), Self.startsNumbered(next.scalars) { return false }
        return true
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = ["。", "；", ";", "！", "？", "：", ":"]

    /// Whether a line opens with a heading's number: (一) （一） 一、 1. 1、 (1) （1） 第一
    static func startsNumbered(_ s: [Unicode.Scalar]) -> Bool {
        let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        func isNumber(_ c: Unicode.Scalar) -> Bool { numerals.contains(c) || c.isASCIIDigit || c.isFullWidthDigit }
        guard let first = s.first else { return false }
        if first == "(" || first == "（" {
            let inner = s.dropFirst().prefix { isNumber($0) }
            return !inner.isEmpty && s.count > inner.count + 1 && [")", "）"].contains(s[inner.count + 1])
        }
        if first == "第", s.count > 1, isNumber(s[1]) { return true }
        let number = s.prefix { isNumber($0) }
        guard !number.isEmpty, number.count < s.count else { return false }
        let after = s[number.count]
        // Not 一是/二是: those run on inside paragraphs as often as they start them.
        return ["、", ".", "．"].contains(after)
    }

    private func isCentred(_ box: Box, _ g: Geometry) -> Bool {
        box.x0 > g.left + 2 * g.em && abs((box.x0 + box.x1) / 2 - g.middle) < g.em
    }

    /// What goes between two lines that join: nothing after or before a Chinese character, a space
    /// between two Latin words.
    static func separator(_ line: PageLine, _ next: PageLine) -> [Unicode.Scalar] {
        guard let last = line.scalars.last, let first = next.scalars.first else { return [] }
        if let a = line.box, let b = next.box, a.sharesLine(with: b) { return [" "] }
        if last.isWide || first.isWide || last == "-" { return [] }
        return [" "]
    }
}
