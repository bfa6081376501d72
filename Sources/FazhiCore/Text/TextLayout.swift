/// The lines of a report with their trimmed extents, and which of them are site chrome.
///
/// Structure, metadata and figures all work on these lines of the normalized (simplified) text;
/// every range is a code-point range shared by the original and the normalized text.
public struct TextLayout: Sendable {
    public struct Line: Sendable, Hashable {
        /// The whole line, without its line break.
        public var range: Range<Int>
        /// The line without leading and trailing blanks (empty range for a blank line).
        public var content: Range<Int>
        public var isChrome: Bool
        public var isBlank: Bool { content.isEmpty }
    }

    public let scalars: [Unicode.Scalar]
    public let lines: [Line]

    public init(_ scalars: [Unicode.Scalar], chrome: SiteChrome = .shared) {
        self.scalars = scalars
        var lines: [Line] = []
        var start = 0
        let count = scalars.count
        var i = 0
        while i <= count {
            if i == count || scalars[i] == "\n" {
                let slice = scalars[start..<i]
                let trimmed = slice.trimmingBlanks()
                let content = trimmed.startIndex..<trimmed.endIndex
                let isChrome = !content.isEmpty && chrome.isChrome(trimmed)
                lines.append(Line(range: start..<i, content: content, isChrome: isChrome))
                start = i + 1
            }
            i += 1
        }
        self.lines = lines
    }

    /// The text of a range, as a string.
    public func string(_ range: Range<Int>) -> String {
        String(scalars: scalars[range])
    }

    /// The trimmed text of a line.
    public func text(of line: Line) -> String { string(line.content) }

    /// Indices of the lines that carry report text (not blank, not chrome).
    public var contentLineIndices: [Int] {
        lines.indices.filter { !lines[$0].isBlank && !lines[$0].isChrome }
    }
}

extension Unicode.Scalar {
    /// A CJK ideograph (Han character).
    public var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0xF900...0xFAFF, 0x2A700...0x2EBEF: true
        default: false
        }
    }

    /// An ASCII or full-width decimal digit.
    public var isDigit: Bool {
        (0x30...0x39).contains(value) || (0xFF10...0xFF19).contains(value)
    }

    /// The value of an ASCII or full-width digit.
    public var digitValue: Int? {
        if (0x30...0x39).contains(value) { return Int(value - 0x30) }
        if (0xFF10...0xFF19).contains(value) { return Int(value - 0xFF10) }
        return nil
    }
}

extension Character {
    /// An ASCII or full-width decimal digit. (`isNumber` is also true of 四, 十 and every Han numeral,
    /// so a name such as 四川省 or 十堰市 would be cut at its first character.)
    var isDecimalDigit: Bool {
        unicodeScalars.count == 1 && unicodeScalars.first!.isDigit
    }
}
