/// Reads the attributes of a tag one by one, up to and including its `>`.
struct HTMLAttributeReader {
    let scalars: [Unicode.Scalar]
    /// Where reading goes on; after `next()` returns `nil`, the index after the tag's `>`.
    var index: Int
    /// Whether the tag ended with `/>`.
    private(set) var selfClosing = false

    /// The next attribute's lowercase name and its value (empty when it has none).
    mutating func next() -> (String, String)? {
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isHTMLWhitespace {
                index += 1
            } else if scalar == ">" {
                index += 1
                return nil
            } else if scalar == "/" {
                index += 1
                selfClosing = index < scalars.count && scalars[index] == ">"
            } else {
                selfClosing = false
                return attribute()
            }
        }
        return nil
    }

    private mutating func attribute() -> (String, String) {
        var name = String.UnicodeScalarView()
        while index < scalars.count, !scalars[index].isHTMLWhitespace, !"=>/".unicodeScalars.contains(scalars[index]) {
            name.append(scalars[index].asciiLowercased)
            index += 1
        }
        while index < scalars.count, scalars[index].isHTMLWhitespace { index += 1 }
        guard index < scalars.count, scalars[index] == "=" else { return (String(name), "") }
        index += 1
        while index < scalars.count, scalars[index].isHTMLWhitespace { index += 1 }
        var value = String.UnicodeScalarView()
        if index < scalars.count, scalars[index] == "\"" || scalars[index] == "'" {
            let quote = scalars[index]
            index += 1
            while index < scalars.count, scalars[index] != quote {
                value.append(scalars[index])
                index += 1
            }
            index = min(index + 1, scalars.count)
        } else {
            while index < scalars.count, !scalars[index].isHTMLWhitespace, scalars[index] != ">" {
                value.append(scalars[index])
                index += 1
            }
        }
        return (String(name), String(value))
    }
}
