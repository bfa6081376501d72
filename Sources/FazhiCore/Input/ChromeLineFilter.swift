/// Drops the lines of an extracted page that are site chrome (``SiteChrome``) or blank, keeping
/// one empty line between paragraphs and each kept code point's origin.
struct ChromeLineFilter {
    var chrome = SiteChrome.shared

    /// The kept text, each code point's offset in the page and the end of the last one's source.
    struct Output {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        /// Per code point, the end of its source in the page (an entity's `;` + 1).
        var ends: [Int] = []
        var end = 0
    }

    func filter(_ scalars: [Unicode.Scalar], offsets: [Int], ends: [Int]) -> Output {
        var output = Output()
        var emptyLinePending = false
        var lineStart = 0
        while lineStart < scalars.count {
            var lineEnd = lineStart
            while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
            let line = scalars[lineStart..<lineEnd]
            let content = line.trimmingBlanks()
            if content.isEmpty {
                emptyLinePending = !output.scalars.isEmpty
            } else if !chrome.isChrome(content) {
                if !output.scalars.isEmpty {
                    // The break before this line maps to where the previous line's break was.
                    let breakOffset = offsets[max(lineStart - 1, 0)]
                    for _ in 0..<(emptyLinePending ? 2 : 1) {
                        output.scalars.append("\n")
                        output.offsets.append(breakOffset)
                        output.ends.append(breakOffset)
                    }
                }
                emptyLinePending = false
                output.scalars += line
                output.offsets += offsets[lineStart..<lineEnd]
                output.ends += ends[lineStart..<lineEnd]
                output.end = ends[lineEnd - 1]
            }
            lineStart = lineEnd + 1
        }
        return output
    }
}
