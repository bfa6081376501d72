/// Expands the `{slot}` placeholders of a bank phrase: names (`{self}` → 我区) from a table, and
/// figure slots (`{ind:ID}`, `{rate:ID}`, `{n:UNIT:LO-HI}`, `{pct:LO-HI}`, `{streak}`) through
/// ``SynthFigures``, which draws the value and records what it planted.
public enum SynthTemplate {
    /// The slot names of `text`, in order: `["year", "ind:study.sessions"]`.
    public static func slots(in text: String) -> [String] {
        var result: [String] = []
        var current: String.UnicodeScalarView?
        for c in text.unicodeScalars {
            if c == "{" {
                current = String.UnicodeScalarView()
            } else if c == "}", let slot = current {
                result.append(String(slot))
                current = nil
            } else if current != nil {
                current?.append(c)
            }
        }
        return result
    }

    /// `text` with every slot filled; a name missing from `names` is left as written, so tests
    /// can find it.
    static func render(_ text: String, names: [String: String], figures: inout SynthFigures) -> String {
        // Over UTF-8 bytes: this runs for every phrase, and `{` `}` never occur inside a
        // multi-byte character.
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        guard text.utf8.contains(open) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == open, let end = bytes[(i + 1)...].firstIndex(of: close) else {
                out.append(bytes[i])
                i += 1
                continue
            }
            let slot = String(decoding: bytes[(i + 1)..<end], as: UTF8.self)
            out.append(contentsOf: fill(slot, names: names, figures: &figures).utf8)
            i = end + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func fill(_ slot: String, names: [String: String], figures: inout SynthFigures) -> String {
        let fields = slot.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        switch fields[0] {
        case "ind" where fields.count == 2:
            return figures.plant(fields[1])
        case "rate" where fields.count == 2:
            return figures.plantRate(fields[1])
        case "n" where fields.count == 3:
            let (low, high) = bounds(fields[2])
            return figures.generic(unit: fields[1], low: low, high: high)
        case "pct" where fields.count == 2:
            let (low, high) = bounds(fields[1])
            return figures.percent(low: low, high: high)
        case "streak":
            return figures.streak()
        default:
            return names[slot] ?? "{\(slot)}"
        }
    }

    /// `"20-80"` → (20, 80).
    static func bounds(_ text: String) -> (Int, Int) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard let low = parts.first else { return (1, 1) }
        return (low, max(low, parts.last ?? low))
    }
}

extension SynthTemplate {
    /// `text` with every `{{key}}` of `values` replaced, in one pass over the bytes; other
    /// `{{…}}` stay as written, and inserted values are not scanned again (a page shell's
    /// fields: `{{title}}`, `{{body}}`, `{{charset}}`).
    static func fillFields(_ text: String, _ values: [String: String]) -> String {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + values.values.reduce(0) { $0 + $1.utf8.count })
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var i = 0
        while i < bytes.count {
            if bytes[i] == open, i + 1 < bytes.count, bytes[i + 1] == open,
               let end = closing(bytes, from: i + 2, close: close),
               let value = values[String(decoding: bytes[(i + 2)..<end], as: UTF8.self)] {
                out.append(contentsOf: value.utf8)
                i = end + 2
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The index of the `}}` closing a field name that starts at `from` (names are short ASCII).
    private static func closing(_ bytes: [UInt8], from: Int, close: UInt8) -> Int? {
        var j = from
        while j + 1 < bytes.count, j - from < 32 {
            if bytes[j] == close { return bytes[j + 1] == close ? j : nil }
            j += 1
        }
        return nil
    }
}
