/// Expands the `{slot}` placeholders of a bank phrase: names (`{self}` → 我区) from a table, and
/// figure slots (`{ind:ID}`, `{rate:ID}`, `{n:UNIT:LO-HI}`, `{pct:LO-HI}`, `{streak}`) through
/// ``SynthFigures``, which draws the value and records what it planted.
public enum SynthTemplate {
    /// The slot names of `text`, in order: `["year", "ind:study.sessions"]`.
    public static func slots(in text: String) -> [String] {
        var result: [String] = []
        var current: String?
        for c in text {
            if c == "{" {
                current = ""
            } else if c == "}", let slot = current {
                result.append(slot)
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
        guard text.contains("{") else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var slot: String?
        for c in text {
            if c == "{" {
                slot = ""
            } else if c == "}", let name = slot {
                out += fill(name, names: names, figures: &figures)
                slot = nil
            } else if slot != nil {
                slot?.append(c)
            } else {
                out.append(c)
            }
        }
        if let open = slot { out += "{" + open }
        return out
    }

    private static func fill(_ slot: String, names: [String: String], figures: inout SynthFigures) -> String {
        let fields = slot.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
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
