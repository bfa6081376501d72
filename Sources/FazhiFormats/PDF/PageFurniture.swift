/// Page furniture: what a printed page carries besides the text — page numbers (`— 3 —`, `第3页
/// 共9页`, `3/9`), running headers and footers repeated page after page.
///
/// Only a page's first two and last two lines are candidates: a page number anywhere else is a
/// figure of the text. A running line is one whose text, digits aside, opens or closes at least two
/// thirds of the pages (and at least two: a header may leave out the first page).
enum PageFurniture {
    /// For each page, the indices of its lines that are furniture.
    static func find(_ pages: [[PageLine]]) -> [Set<Int>] {
        let running = runningLines(pages)
        return pages.map { lines in
            var furniture = Set<Int>()
            for i in candidates(lines.count) {
                if isPageNumber(lines[i].scalars) || running.contains(key(lines[i].scalars)) { furniture.insert(i) }
            }
            return furniture
        }
    }

    /// The first two and last two line indices of a page of `count` lines.
    private static func candidates(_ count: Int) -> Set<Int> {
        Set([0, 1, count - 2, count - 1].filter { $0 >= 0 && $0 < count })
    }

    /// The keys of lines that open or close at least two thirds of the pages (at least two).
    private static func runningLines(_ pages: [[PageLine]]) -> Set<[Unicode.Scalar]> {
        guard pages.count >= 2 else { return [] }
        var seen: [[Unicode.Scalar]: Int] = [:]
        for lines in pages {
            for k in Set(candidates(lines.count).map { key(lines[$0].scalars) }) where !k.isEmpty { seen[k, default: 0] += 1 }
        }
        let needed = max(2, (pages.count * 2 + 2) / 3)
        return Set(seen.filter { $0.value >= needed }.keys)
    }

    /// A line's text with its spaces dropped and every run of digits as one "#".
    private static func key(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for s in scalars where !s.properties.isWhitespace {
            if s.isASCIIDigit || s.isFullWidthDigit {
                if out.last != "#" { out.append("#") }
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// `3`, `- 3 -`, `— 3 —`, `·3·`, `第3页`, `第3页 共9页`, `3/9`, `Page 3`, `Page 3 of 9`.
    static func isPageNumber(_ scalars: [Unicode.Scalar]) -> Bool {
        let compact = key(scalars).map { Character($0) }
        let text = String(compact)
        let dashes: Set<Character> = ["-", "—", "–", "－", "~", "～", "·", "•", "_", "‒", "―"]
        let core = String(text.drop { dashes.contains($0) }.reversed().drop { dashes.contains($0) }.reversed())
        let forms: Set<String> = ["#", "第#页", "第#页共#页", "共#页第#页", "#/#", "Page#", "Page#of#", "page#", "P#", "第#页/共#页"]
        return forms.contains(core)
    }
}

extension Unicode.Scalar {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isFullWidthDigit: Bool { (0xFF10...0xFF19).contains(value) }
}
