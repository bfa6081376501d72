/// Collects what a reader sees of a page, with the origin of each code point.
///
/// Runs of ASCII whitespace collapse to one space (none at a line's start or end); block elements
/// start lines and paragraphs, never more than one empty line in a row. A synthesized break maps
/// to the tag that caused it.
struct HTMLTextBuilder {
    private(set) var scalars: [Unicode.Scalar] = []
    /// For each code point, its offset in the page.
    private(set) var offsets: [Int] = []
    /// For each code point, the offset just after its source in the page (after an entity's `;`).
    private(set) var ends: [Int] = []
    private var pendingSpace: Int?
    private var trailingNewlines = 0

    /// Whether the text is at the start of a line or cell.
    private var atLineStart: Bool { scalars.last.map { $0 == "\n" || $0 == "\t" } ?? true }

    /// Adds a visible character read from `start..<end` of the page.
    mutating func character(_ scalar: Unicode.Scalar, from start: Int, to end: Int) {
        if scalar.isHTMLWhitespace {
            if pendingSpace == nil { pendingSpace = start }
            return
        }
        if let space = pendingSpace, !atLineStart { push(" ", start: space, end: space + 1) }
        pendingSpace = nil
        push(scalar, start: start, end: end)
    }

    /// Ends the line (a `<div>`, `<li>`, `<tr>`), unless already at a line's start.
    mutating func lineBreak(at offset: Int) {
        pendingSpace = nil
        if !scalars.isEmpty, trailingNewlines == 0 { push("\n", start: offset, end: offset) }
    }

    /// Ends the paragraph (a `<p>`, `<h1>`, `<table>`): leaves one empty line.
    mutating func paragraphBreak(at offset: Int) {
        pendingSpace = nil
        while !scalars.isEmpty, trailingNewlines < 2 { push("\n", start: offset, end: offset) }
    }

    /// A `<br>`: a new line even after an empty one, up to one empty line.
    mutating func forcedBreak(at offset: Int) {
        pendingSpace = nil
        if !scalars.isEmpty, trailingNewlines < 2 { push("\n", start: offset, end: offset) }
    }

    /// Separates table cells with a tab.
    mutating func cellBreak(at offset: Int) {
        pendingSpace = nil
        if !atLineStart { push("\t", start: offset, end: offset) }
    }

    private mutating func push(_ scalar: Unicode.Scalar, start: Int, end: Int) {
        scalars.append(scalar)
        offsets.append(start)
        ends.append(end)
        trailingNewlines = scalar == "\n" ? trailingNewlines + 1 : 0
    }
}
