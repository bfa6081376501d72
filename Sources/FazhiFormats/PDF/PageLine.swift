/// One line of a page as Poppler reads it: its characters and the box around the visible ones.
struct PageLine: Sendable, Equatable {
    var scalars: [Unicode.Scalar]
    /// The box around the line's visible characters; nil when Poppler gave no boxes.
    var box: Box?
    /// The typical width of one of its Chinese characters (the line's em), when it has boxes.
    var em: Double?
    /// The width of its first word (one Chinese character, or a run of Latin letters and digits):
    /// what would have had to fit at the end of the line before, had it continued there.
    var leadWidth: Double?

    var text: String { String(String.UnicodeScalarView(scalars)) }
    var isBlank: Bool { scalars.allSatisfy { $0.properties.isWhitespace } }

    /// The lines of a page from its glyphs: split at "\n", blank lines dropped, the spaces at either
    /// end trimmed.
    static func lines(_ glyphs: [Glyph]) -> [PageLine] {
        var lines: [PageLine] = []
        var current: [Glyph] = []
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            let kept = current.trimmed { $0.scalar.properties.isWhitespace }
            guard !kept.isEmpty else { return }
            let boxes = kept.filter { !$0.scalar.properties.isWhitespace }.compactMap(\.box)
            let box = boxes.isEmpty ? nil : Box(x0: boxes.map(\.x0).min()!, y0: boxes.map(\.y0).min()!,
                                                x1: boxes.map(\.x1).max()!, y1: boxes.map(\.y1).max()!)
            let wide = kept.filter { $0.scalar.isWide }.compactMap(\.box).map(\.width).sorted()
            lines.append(PageLine(scalars: kept.map(\.scalar), box: box, em: wide.isEmpty ? nil : wide[wide.count / 2],
                                  leadWidth: leadWidth(kept)))
        }
        func leadWidth(_ glyphs: ArraySlice<Glyph>) -> Double? {
            guard let start = glyphs.first?.box else { return nil }
            // What a line may not be broken inside of: opening brackets with what follows them, one
            // Chinese character or a Latin word, and the closing punctuation after it (禁则).
            var rest = glyphs.drop { LineBreaking.opening.contains($0.scalar) }
            if let first = rest.first {
                rest = first.scalar.isWide ? rest.dropFirst()
                    : rest.drop { !$0.scalar.isWide && !$0.scalar.properties.isWhitespace }   // 39.5% whole
            }
            rest = rest.drop { LineBreaking.closing.contains($0.scalar) }
            let unit = glyphs[glyphs.startIndex..<rest.startIndex]
            return unit.last?.box.map { $0.x1 - start.x0 }
        }
        for glyph in glyphs {
            if glyph.scalar == "\n" { flush() } else { current.append(glyph) }
        }
        flush()
        return lines
    }
}

/// The characters a line may not start with (closing punctuation) or end with (opening brackets).
enum LineBreaking {
    static let closing: Set<Unicode.Scalar> = Set("，。、；：？！”’）》」』】〕〉,.;:?!)]}%％…—·".unicodeScalars)
    static let opening: Set<Unicode.Scalar> = Set("“‘（《「『【〔〈([{".unicodeScalars)
}

extension Array {
    /// The elements without the leading and trailing ones that `drop` holds for.
    func trimmed(_ drop: (Element) -> Bool) -> ArraySlice<Element> {
        guard let first = firstIndex(where: { !drop($0) }), let last = lastIndex(where: { !drop($0) }) else { return [] }
        return self[first...last]
    }
}

extension Unicode.Scalar {
    /// A character set full width in Chinese typesetting: Han, kana, CJK punctuation and forms.
    var isWide: Bool {
        switch value {
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFF: true
        default: false
        }
    }
}
