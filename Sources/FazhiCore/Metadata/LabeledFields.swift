/// The `label: value` fields of a page's header (索引号, 文号, 发布机构, 发布时间 …).
///
/// The forms real pages use: `日期:2021-03-31 10:00    来源:北京市门头沟区人民政府` (several on a
/// line), `[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]`, `发文字号 | 金政发〔2025〕33号 | 制发机构 |`,
/// a label alone on its line with the value on the next (`发布机构:` / `澧浦镇`), and labels glued
/// to the value before them (`…2024-139175发布机构:`), a label of three characters or more that opens a
/// short line with no separator at all (`发布机构屏边县新华乡人民政府`). Blanks inside a label are ignored
/// (`索 引 号:`); a value runs to the next label or the line's end.
public struct LabeledField: Sendable, Hashable {
    public var field: String
    public var label: String
    /// The value, trimmed, in the normalized text.
    public var value: Range<Int>
}

public enum LabeledFields {
    /// Characters that separate a label from its value, or one field from the next.
    static let separators: Set<Unicode.Scalar> = [":", "：", "[", "]", "【", "】", "［", "］", "|", "｜", "•", "·", "▪"]
    static let colons: Set<Unicode.Scalar> = [":", "："]

    public static func find(
        in layout: TextLayout, lines: some Sequence<Int>, vocabulary: MetadataVocabulary = .shared
    ) -> [LabeledField] {
        var result: [LabeledField] = []
        let text = layout.scalars
        let wanted = Set(lines)
        var pendingNext: (field: String, label: String)?
        for index in wanted.sorted() {
            let line = layout.lines[index]
            if line.isBlank { continue }
            guard line.content.count <= 200 else { pendingNext = nil; continue }
            // Compact the line (drop blanks) and remember where each kept scalar came from.
            var compact: [Unicode.Scalar] = []
            var origin: [Int] = []
            for i in line.content where !text[i].isBlank {
                compact.append(text[i])
                origin.append(i)
            }
            var found: [(field: String, label: String, labelStart: Int, valueStart: Int)] = []
            var i = 0
            while i < compact.count {
                // A label starts the line, follows a blank gap or a separator, or is glued to the
                // value before it when a colon ends it.
                let atBoundary = i == 0 || origin[i] != origin[i - 1] + 1 || separators.contains(compact[i - 1])
                if let m = vocabulary.labels.longestMatch(in: compact, at: i) {
                    let end = i + m.length
                    let atEnd = end == compact.count
                    let next = atEnd ? nil : compact[end]
                    let gapAfter = !atEnd && origin[end] != origin[end - 1] + 1
                    let closed = atEnd || next.map { separators.contains($0) } == true || gapAfter
                    // A label of three characters or more that opens a short line needs no separator
                    // (发布机构屏边县新华乡人民政府, 发布日期2026-01-27: a block whose colons were lost).
                    let opensShortLine = i == 0 && m.length >= 3 && compact.count <= 60
                    if (atBoundary && closed) || opensShortLine || next.map({ colons.contains($0) }) == true {
                        var valueStart = end
                        while valueStart < compact.count, separators.contains(compact[valueStart]) { valueStart += 1 }
                        let label = String(scalars: compact[i..<end])
                        found.append((m.value, label, origin[i],
                                      valueStart < compact.count ? origin[valueStart] : line.content.upperBound))
                        i = valueStart
                        continue
                    }
                }
                i += 1
            }
            // A line that is only the value of the label on the line before.
            if found.isEmpty, let pending = pendingNext {
                pendingNext = nil
                let value = trimmed(text, line.content)
                if !value.isEmpty, value.count <= 40 {
                    result.append(LabeledField(field: pending.field, label: pending.label, value: value))
                }
                continue
            }
            pendingNext = nil
            for (k, f) in found.enumerated() {
                let end = k + 1 < found.count ? found[k + 1].labelStart : line.content.upperBound
                let value = trimmed(text, min(f.valueStart, end)..<end)
                if value.isEmpty, found.count == 1 {
                    pendingNext = (f.field, f.label)
                    continue
                }
                result.append(LabeledField(field: f.field, label: f.label, value: value))
            }
        }
        return result
    }

    /// The range without blanks and field separators at either end.
    static func trimmed(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, text[lower].isBlank || separators.contains(text[lower]) { lower += 1 }
        while upper > lower, text[upper - 1].isBlank || separators.contains(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
