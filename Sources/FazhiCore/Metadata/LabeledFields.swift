/// The `label: value` fields of a page's header (索引号, 文号, 发布机构, 发布时间 …).
///
/// A line may hold several (`日期:2021-03-31 10:00    来源:北京市门头沟区人民政府`); blanks inside a
/// label are ignored (`索 引 号:`), and a value runs to the next label or a wide gap.
public struct LabeledField: Sendable, Hashable {
    public var field: String
    public var label: String
    /// The value, trimmed, in the normalized text.
    public var value: Range<Int>
}

public enum LabeledFields {
    public static func find(
        in layout: TextLayout, lines: some Sequence<Int>, vocabulary: MetadataVocabulary = .shared
    ) -> [LabeledField] {
        var result: [LabeledField] = []
        let text = layout.scalars
        for index in lines {
            let line = layout.lines[index]
            guard !line.isBlank, line.content.count <= 160 else { continue }
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
                // A label starts the line or follows a blank gap in the original.
                let atBoundary = i == 0 || origin[i] != origin[i - 1] + 1 || compact[i - 1] == "/"
                if atBoundary, let m = vocabulary.labels.longestMatch(in: compact, at: i) {
                    let colon = i + m.length
                    if colon < compact.count, compact[colon] == ":" || compact[colon] == "：" {
                        let label = String(scalars: compact[i..<colon])
                        found.append((m.value, label, origin[i], colon + 1 < compact.count ? origin[colon + 1] : line.content.upperBound))
                        i = colon + 1
                        continue
                    }
                }
                i += 1
            }
            for (k, f) in found.enumerated() {
                let end = k + 1 < found.count ? found[k + 1].labelStart : line.content.upperBound
                let value = text[min(f.valueStart, end)..<end].trimmingBlanks()
                result.append(LabeledField(field: f.field, label: f.label,
                                           value: value.startIndex..<value.endIndex))
            }
        }
        return result
    }
}
