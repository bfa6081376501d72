/// Excel's rules for sheet names, applied to requested names.
///
/// `SheetName.resolve(["年度报告[2023]", "指标", "指标"])` gives `["年度报告_2023_", "指标", "指标 (2)"]`.
enum SheetName {
    /// Excel's limit, counted in UTF-16 code units as Excel counts them.
    static let maximumLength = 31
    /// Characters Excel refuses in a sheet name; each is replaced by `_`.
    static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]
    /// Names Excel reserves for itself, lowercased.
    static let reserved: Set<String> = ["history"]

    /// Valid, unique names for the requested ones, in the same order.
    static func resolve(_ requested: [String]) -> [String] {
        var taken = reserved
        var names: [String] = []
        for (index, name) in requested.enumerated() {
            let base = clean(name, fallback: "工作表\(index + 1)")
            var candidate = base
            var counter = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(counter))"
                candidate = truncated(base, to: maximumLength - suffix.utf16.count) + suffix
                counter += 1
            }
            taken.insert(candidate.lowercased())
            names.append(candidate)
        }
        return names
    }

    /// One name made valid: forbidden characters replaced, control characters dropped, surrounding
    /// whitespace and apostrophes trimmed, cut to 31 units; `fallback` if nothing is left.
    static func clean(_ name: String, fallback: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if forbidden.contains(scalar) {
                scalars.append("_")
            } else if scalar.value >= 0x20, scalar.value != 0x7F, scalar.value != 0xFFFE, scalar.value != 0xFFFF {
                scalars.append(scalar)
            }
        }
        let trimmed = String(scalars).trimmingSurrounding { $0.isWhitespace || $0 == "'" }
        let cut = truncated(trimmed, to: maximumLength).trimmingSurrounding { $0 == "'" }
        return cut.isEmpty ? fallback : cut
    }

    /// The longest prefix of whole characters that fits in `limit` UTF-16 units.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var result = ""
        var units = 0
        for character in text {
            let width = character.utf16.count
            if units + width > limit { break }
            result.append(character)
            units += width
        }
        return result
    }
}

extension String {
    /// The string without leading and trailing characters that match `predicate`.
    func trimmingSurrounding(where predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }),
              let last = lastIndex(where: { !predicate($0) }) else { return "" }
        return String(self[first...last])
    }
}
