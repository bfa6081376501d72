/// `input.invalid_bytes`: the file held bytes that are not valid in its encoding, read as “�”.
///
/// The reader replaced each damaged sequence by U+FFFD (``InvalidBytes``); the words there may be
/// wrong, so the finding says how many bytes and on which lines, and points at the first “�” of the
/// analyzed text. A file with more than 1% of its bytes invalid never gets here: it is refused.
public struct InvalidBytesCheck: Check {
    public var ruleIDs: [String] { ["input.invalid_bytes"] }

    public func run(_ context: CheckContext) -> [Finding] {
        guard let damage = context.invalidBytes else { return [] }
        let lines = Array(Set(damage.places.map(\.line))).sorted().map(String.init).joined(separator: "、")
        let more = damage.sequences > damage.places.count ? "等" : ""
        let range = context.layout.scalars.firstIndex(of: "\u{FFFD}").map { TextRange(start: $0, end: $0 + 1) }
        return [context.rules.finding(
            "input.invalid_bytes", subject: "encoding", range: range,
            values: ["count": String(damage.count), "sequences": String(damage.sequences),
                     "encoding": damage.encoding.uppercased(), "lines": lines + more])]
    }
}
