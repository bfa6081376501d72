/// Byte-level mutations of a seed, as libFuzzer's default mutators make them: bit flips, random and
/// “interesting” bytes, inserts, deletes, duplicated runs, splices with another seed, truncation,
/// and tokens of the formats Fazhi reads (markup, UTF-8 lead bytes, numerals, YAML anchors).
public struct Mutator: Sendable {
    /// Tokens worth inserting: they steer the readers into their rarer branches.
    public var tokens: [[UInt8]]

    public init(tokens: [[UInt8]] = Mutator.defaultTokens) {
        self.tokens = tokens
    }

    public static let defaultTokens: [[UInt8]] = [
        "<", ">", "</p>", "<div>", "<!--", "-->", "<script>", "&#", "&#x", "&amp;", ";", "<w:t>", "</w:t>",
        "\n", "\r\n", "\t", "第", "一、", "(一)", "一是", "年", "月", "日", "%", "件", "万元", "12.5", "1,234",
        "二〇二三", "百分之", "同比增长", "较上年", "报告", "法治政府建设", "人民政府",
        "&a ", "*a", "<<: *a", "- ", ": ", "\"", "'", "[", "{", "}", "]", "#", "---", "year: ", "measures:",
        "PK\u{3}\u{4}", "PK\u{1}\u{2}", "PK\u{5}\u{6}",
    ].map { Array($0.utf8) } + [
        [0xFF], [0xFE], [0x80], [0xC0], [0xE4, 0xB8], [0xF0, 0x9F], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0x00],
        [0xB1, 0xB1], [0xA4, 0x40], [0x81, 0x30],
    ]

    /// `seed` mutated 1 to 8 times, with `other` as the splice partner; at most `maxLength` bytes.
    public func mutate(_ seed: [UInt8], other: [UInt8], random: inout FuzzRandom, maxLength: Int = 1 << 16) -> [UInt8] {
        var bytes = seed
        for _ in 0...random.below(8) {
            mutateOnce(&bytes, other: other, random: &random)
        }
        if bytes.count > maxLength { bytes.removeSubrange(maxLength...) }
        return bytes
    }

    private func mutateOnce(_ bytes: inout [UInt8], other: [UInt8], random: inout FuzzRandom) {
        let at = random.below(bytes.count + 1)
        switch random.below(10) {
        case 0 where at < bytes.count: bytes[at] ^= UInt8(1) << UInt8(random.below(8))
        case 1 where at < bytes.count: bytes[at] = UInt8(truncatingIfNeeded: random.next())
        case 2: bytes.insert(contentsOf: (0..<(1 + random.below(8))).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
        case 3 where at < bytes.count:
            bytes.removeSubrange(at..<min(bytes.count, at + 1 + random.below(64)))
        case 4 where at < bytes.count:
            let run = Array(bytes[at..<min(bytes.count, at + 1 + random.below(64))])
            bytes.insert(contentsOf: run, at: random.below(bytes.count + 1))
        case 5 where !other.isEmpty:
            let from = random.below(other.count)
            let piece = other[from..<min(other.count, from + 1 + random.below(256))]
            bytes.replaceSubrange(at..<min(bytes.count, at + random.below(256)), with: piece)
        case 6: bytes.removeSubrange(min(at, bytes.count)...)
        case 7, 8: bytes.insert(contentsOf: tokens[random.below(tokens.count)], at: at)
        default:
            let interesting: [UInt8] = [0, 1, 0x7F, 0x80, 0xFF, 0x30, 0x39, 0x0A, 0x3C, 0x26]
            if at < bytes.count { bytes[at] = interesting[random.below(interesting.count)] }
        }
    }
}
