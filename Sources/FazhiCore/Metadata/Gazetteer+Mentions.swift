extension Gazetteer {
    /// Every full official name of a division in `text`, leftmost-longest, with its code-point range.
    ///
    /// Short names (怀柔, 厦门) are not searched: they are too ambiguous in free text. Guards against
    /// names that are also common words:
    /// - a name right after its parent (北京市朝阳区, 阳泉市城区) is always taken, narrowed to that parent;
    /// - two-character 区 names (城区, 郊区, 矿区, 东区, 西区) and names such as 新城区, 老城区, 市中区 are
    ///   taken only after their parent or before 人民政府/政府;
    /// - other two-character names (和县, 新县) need a non-Han character before them (or 人民政府 after);
    /// - 区域 and 市场 do not end a name (朝阳区域, 吉林市场), except for a municipality (北京市场监管局).
    public func mentions(in text: String) -> [DivisionMention] {
        mentions(in: Array(text.unicodeScalars))
    }

    /// Every full official name of a division in the scalars of a text: see `mentions(in:)`.
    public func mentions(in text: [Unicode.Scalar]) -> [DivisionMention] {
        var found: [DivisionMention] = []
        var i = 0
        while i < text.count {
            guard let match = fullNames.longestMatch(in: text, at: i) else {
                i += 1
                continue
            }
            let end = i + match.length
            var indices = match.value
            var chained = false
            if let previous = found.last, previous.range.end == i {
                let narrowed = indices.filter { c in previous.indices.contains { isAncestor($0, of: c) } }
                if !narrowed.isEmpty {
                    indices = narrowed
                    chained = true
                    let parents = previous.indices.filter { p in narrowed.contains { isAncestor(p, of: $0) } }
                    found[found.count - 1] = DivisionMention(
                        name: previous.name, range: previous.range, indices: parents, in: self)
                }
            }
            let name = String(scalars: text[i..<end])
            guard chained || accepts(name, indices: indices, in: text, range: i..<end) else {
                i += 1
                continue
            }
            found.append(DivisionMention(name: name, range: TextRange(i..<end), indices: indices, in: self))
            i = end
        }
        return found
    }

    /// Whether a name found outside a chain is a mention rather than part of a longer word.
    private func accepts(_ name: String, indices: [Int], in text: [Unicode.Scalar], range: Range<Int>) -> Bool {
        let next = range.upperBound < text.count ? text[range.upperBound] : nil
        if next == "域", name.hasSuffix("区") { return false }
        if next == "场", name.hasSuffix("市"), !indices.contains(where: { divisions[$0].isMunicipality }) {
            return false
        }
        let governed = Self.governmentWords.contains { text[range.upperBound...].starts(with: $0) }
        if name.unicodeScalars.count == 2 && name.hasSuffix("区") || Self.commonWordNames.contains(name) {
            return governed
        }
        if name.unicodeScalars.count == 2 {
            let before = range.lowerBound > 0 ? text[range.lowerBound - 1] : nil
            return governed || !(before?.properties.isUnifiedIdeograph ?? false)
        }
        return true
    }

    /// Division names that are also everyday words for parts of a town.
    private static let commonWordNames: Set<String> = [
        "新城区", "老城区", "城中区", "市中区", "新市区", "西市区", "城东区", "城西区", "城北区", "城关区", "城厢区",
    ]

    /// Words after a name that show it names a government.
    private static let governmentWords: [[Unicode.Scalar]] = ["人民政府", "政府"].map { Array($0.unicodeScalars) }
}
