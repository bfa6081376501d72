@testable import FazhiCore

/// A report snippet with spans marked `⟦…⟧` (markers removed, offsets in code points of the rest).
struct MarkedText {
    let text: String
    let spans: [TextRange]

    init(_ marked: String) {
        var scalars = String.UnicodeScalarView()
        var spans: [TextRange] = []
        var open: Int?
        for s in marked.unicodeScalars {
            if s == "⟦" {
                open = scalars.count
            } else if s == "⟧", let start = open {
                spans.append(TextRange(start: start, end: scalars.count))
                open = nil
            } else {
                scalars.append(s)
            }
        }
        text = String(scalars)
        self.spans = spans
    }

    /// The quantities of the text; traditional text is converted to simplified first (same length).
    func scan(traditional: Bool = false) -> [Quantity] {
        let original = Array(text.unicodeScalars)
        guard traditional else { return QuantityScanner.shared.scan(original) }
        let simplified = Array(ScriptNormalizer.shared.simplify(text).unicodeScalars)
        return QuantityScanner.shared.scan(simplified, original: original)
    }
}

extension Quantity {
    /// A compact description for failure messages.
    var summary: String {
        var parts = ["\(text)@\(range.start)..<\(range.end)", "\(value)", unit ?? "-"]
        if let approx { parts.append(approx.rawValue) }
        if let change { parts.append("Δ\(change)") }
        if let upperValue { parts.append("…\(upperValue)") }
        return parts.joined(separator: " ")
    }
}
