/// Drops the spaces a PDF's text gains between Chinese and Latin characters.
///
/// Chinese and Latin characters are drawn in different fonts, and the gap where the font changes
/// reads as a space (`2020 年`, `26 号`) where the document has none. A space between two Chinese
/// characters, or between two Latin ones, is kept: there the document put it.
enum CJKSpacing {
    static func tidy(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == " ", let before = out.last {
                var j = i
                while j < scalars.count, scalars[j] == " " { j += 1 }
                if j < scalars.count, before.isWide != scalars[j].isWide, !before.properties.isWhitespace {
                    i = j
                    continue
                }
            }
            out.append(s)
            i += 1
        }
        return out
    }
}
