import Foundation

/// Brings a report's text to Simplified Chinese without moving any character.
///
/// Traditional input goes through OpenCC's character-level `t2s` config, whose dictionaries map
/// every entry to one of equal length, so the n-th code point of the result stands where the n-th
/// of the input stood. Taiwan phrasing (程式 for 程序, 資訊 for 信息 …) is then mapped by the
/// domain ``PhraseMap``, also length for length. `tw2sp` is never used: it rewrites mainland legal
/// terms (行政程序 → 行政进程, 规范性文件 → 规范性文档). Simplified input is left as it is.
public struct ScriptNormalizer: Sendable {
    /// The converted text and what was done to it.
    public struct Result: Sendable {
        public var script: Script
        /// Simplified text, code point for code point aligned with the input.
        public var simplified: [Unicode.Scalar]
        /// How the conversion was done: `none`, `opencc-t2s`, `icu-hant-hans`.
        public var method: String
    }

    private let converters: ConverterPool?
    private let phrases: PhraseMap

    public static let shared = ScriptNormalizer()

    public init(config: String = "t2s", phrases: PhraseMap = .shared) {
        self.converters = try? ConverterPool(config: config)
        self.phrases = phrases
    }

    /// Whether OpenCC could be opened (else the ICU transform is used).
    public var usesOpenCC: Bool { converters != nil }

    /// Detects the script of `text` by converting a sample and counting changed Han characters.
    public func detect(_ scalars: [Unicode.Scalar]) -> Script {
        // A sample of the Han characters, taken across the text (a title may be simplified while
        // the body is not, or the other way round).
        var han: [Unicode.Scalar] = []
        han.reserveCapacity(scalars.count)
        for s in scalars where s.isHan { han.append(s) }
        let wanted = 400
        var sample: [Unicode.Scalar] = []
        if han.count <= wanted {
            sample = han
        } else {
            let chunk = 50
            let step = han.count / (wanted / chunk)
            var start = 0
            while start < han.count, sample.count < wanted {
                sample.append(contentsOf: han[start..<min(start + chunk, han.count)])
                start += step
            }
        }
        if sample.isEmpty { return .simplified }
        // Clear cases from the table of traditional-only characters; OpenCC decides the rest.
        let traditionalOnly = TraditionalCharacters.count(in: sample)
        if traditionalOnly * 100 < sample.count { return .simplified }
        if traditionalOnly * 100 >= sample.count * 8 { return .traditional }
        let converted = convertScalars(sample)
        guard converted.count == sample.count else { return .simplified }
        var changed = 0
        for i in 0..<sample.count where sample[i] != converted[i] { changed += 1 }
        // Simplified text has at most a stray variant; traditional text changes one Han in five.
        return changed * 100 >= sample.count * 3 && changed >= 3 ? .traditional : .simplified
    }

    /// Detects the script and, for traditional input, converts to simplified keeping positions.
    public func normalize(_ scalars: [Unicode.Scalar]) -> Result {
        let script = detect(scalars)
        guard script == .traditional else {
            return Result(script: .simplified, simplified: scalars, method: "none")
        }
        var converted = converters?.convertToScalars(scalars) ?? convertScalars(scalars)
        var method = converters != nil ? "opencc-t2s" : "icu-hant-hans"
        if converted.count != scalars.count {
            // Never expected with t2s; converting line by line keeps the alignment where it holds.
            converted = convertLineByLine(scalars)
            method += "+lines"
        }
        phrases.apply(to: &converted)
        return Result(script: .traditional, simplified: converted, method: method)
    }

    /// A stretch of simplified text with stray traditional characters (a quoted traditional phrase in
    /// a simplified report) converted, keeping positions; unchanged when it has none. The search
    /// index uses it so that 应诉 finds 應訴 wherever it stands.
    public func foldingStrayTraditional(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard TraditionalCharacters.count(in: scalars) > 0 else { return Array(scalars) }
        let converted = convertScalars(Array(scalars))
        return converted.count == scalars.count ? converted : Array(scalars)
    }

    /// Converts a string to simplified script (for queries, metadata and cue data).
    public func simplify(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var converted = convertScalars(scalars)
        if converted.count != scalars.count { return text }
        phrases.apply(to: &converted)
        return String(scalars: converted)
    }

    private func convertScalars(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        let text = String(scalars: scalars)
        let out: String
        if let converters {
            out = converters.convert(text)
        } else {
            out = text.applyingTransform(StringTransform("Hant-Hans"), reverse: false) ?? text
        }
        return out.scalarArray
    }

    private func convertLineByLine(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var lineStart = 0
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            let line = Array(scalars[lineStart..<i])
            let converted = convertScalars(line)
            result.append(contentsOf: converted.count == line.count ? converted : line)
            if i < scalars.count { result.append("\n") }
            lineStart = i + 1
        }
        return result
    }
}
