/// A box on a page, in points from the top left corner.
struct Box: Sendable, Equatable {
    var x0: Double, y0: Double, x1: Double, y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var midY: Double { (y0 + y1) / 2 }

    /// Whether the two stand on one printed line (their middles within half a line's height).
    func sharesLine(with other: Box) -> Bool {
        abs(midY - other.midY) < 0.5 * min(height, other.height)
    }
}

/// One character of a page's text and where it is drawn (nil: Poppler gave no box).
struct Glyph: Sendable, Equatable {
    var scalar: Unicode.Scalar
    var box: Box?
}
