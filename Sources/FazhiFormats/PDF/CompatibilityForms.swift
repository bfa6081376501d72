import Foundation

/// Maps the characters PDFs often hold instead of the ordinary ones — Kangxi radicals (⾏ for 行),
/// CJK compatibility ideographs, vertical and small presentation forms — to what they stand for
/// (their Unicode compatibility decomposition). Everything else is left as it is: full-width
/// punctuation and digits are how Chinese text is written, not damage.
enum CompatibilityForms {
    static func map(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        guard needsMapping(scalar) else { return [scalar] }
        let mapped = String(Character(scalar)).precomposedStringWithCompatibilityMapping.unicodeScalars
        return mapped.isEmpty ? [scalar] : Array(mapped)
    }

    static func map(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard scalars.contains(where: { needsMapping($0) }) else { return scalars }
        return scalars.flatMap { map($0) }
    }

    private static func needsMapping(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2E80...0x2FDF, 0xF900...0xFAFF, 0xFE10...0xFE1F, 0xFE30...0xFE4F, 0x2F800...0x2FA1F: true
        default: false
        }
    }
}
