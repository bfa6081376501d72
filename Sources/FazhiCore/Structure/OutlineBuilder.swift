/// Builds the outline of a report: a tree of numbered sections with their ranges.
///
/// A line that starts with a ``HeadingMarker`` opens a section; the section runs until the next
/// heading of the same or a higher rank, or the end of the body. A run-in heading
/// (`1.持续深化政府职能转变。推进…`) is the marker and its first sentence.
public struct OutlineBuilder: Sendable {
    public init() {}

    /// A heading line found in the body.
    struct Heading {
        var line: Int
        var marker: HeadingMarker
        var headingRange: Range<Int>
        var lineStart: Int
    }

    /// The outline of the lines `body` of `layout`; `original` supplies the heading strings.
    public func build(_ layout: TextLayout, body: Range<Int>, original: [Unicode.Scalar]) -> [Section] {
        let headings = findHeadings(layout, body: body)
        guard !headings.isEmpty else { return [] }
        let bodyEnd = body.isEmpty ? 0 : layout.lines[body.upperBound - 1].range.upperBound
        func section(_ index: Int, depth: Int) -> Section {
            let h = headings[index]
            var end = bodyEnd
            for j in (index + 1)..<headings.count where headings[j].marker.style.rank <= h.marker.style.rank {
                end = headings[j].lineStart
                break
            }
            let text = String(scalars: original[h.headingRange])
            return Section(depth: depth, style: h.marker.style.rawValue, ordinal: h.marker.ordinal,
                           heading: text, headingRange: TextRange(h.headingRange),
                           range: TextRange(start: h.lineStart, end: trimEnd(layout.scalars, h.lineStart, end)))
        }
        // Recursive descent over the flat heading list by rank.
        func children(from start: Int, until limit: Int, depth: Int) -> [Section] {
            var result: [Section] = []
            var i = start
            while i < limit {
                var node = section(i, depth: depth)
                var j = i + 1
                while j < limit, headings[j].marker.style.rank > headings[i].marker.style.rank { j += 1 }
                node.children = children(from: i + 1, until: j, depth: depth + 1)
                result.append(node)
                i = j
            }
            return result
        }
        return children(from: 0, until: headings.count, depth: 1)
    }

    func findHeadings(_ layout: TextLayout, body: Range<Int>) -> [Heading] {
        var result: [Heading] = []
        let text = layout.scalars
        for index in body {
            let line = layout.lines[index]
            guard !line.isBlank, !line.isChrome,
                  let marker = HeadingMarker.parse(text, at: line.content.lowerBound, end: line.content.upperBound)
            else { continue }
            // A marker alone on a line with nothing after it is not a heading.
            let afterMarker = line.content.lowerBound + marker.length
            guard afterMarker < line.content.upperBound else { continue }
            var end = afterMarker
            while end < line.content.upperBound, !["。", "；", ";", "！"].contains(text[end]) { end += 1 }
            if end < line.content.upperBound { end += 1 }
            result.append(Heading(line: index, marker: marker, headingRange: line.content.lowerBound..<end,
                                  lineStart: line.content.lowerBound))
        }
        return result
    }

    private func trimEnd(_ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var e = end
        while e > start, text[e - 1].isBlank || text[e - 1] == "\n" { e -= 1 }
        return e
    }
}
