import FazhiCore
import Foundation

/// Scores the analyzer against the labelled corpus: metadata per field, figures per indicator,
/// document type, and that every figure stays grounded (its range holds its text).
public struct Evaluation: Sendable {
    /// The metadata fields scored, in the order they are printed.
    public static let fields = ["title", "issuer", "jurisdiction", "level", "reportYear", "publishedOn"]

    public var analyzer: Analyzer

    public init(analyzer: Analyzer = Analyzer()) {
        self.analyzer = analyzer
    }

    /// Analyzes and scores each document; a document that cannot be read is a `labelErrors` entry.
    public func run(_ documents: [EvalDocument]) -> EvalResult {
        var result = EvalResult()
        for document in documents {
            result.add(score(document), split: document.split)
        }
        return result
    }

    /// The score of one document.
    public func score(_ document: EvalDocument) -> DocumentScore {
        let label = document.label
        var score = DocumentScore(id: label.id, goldKind: label.docType)
        let source: SourceDocument
        do {
            source = try InputReader.read(path: document.path)
        } catch {
            score.labelErrors.append("\(document.path): \(error)")
            return score
        }
        let analysis = analyzer.analyze(source)
        let original = Array(source.original.unicodeScalars)
        let classification = analysis.document ?? DocumentClassification(kind: .ruleOfLawReport, confident: true)
        score.setAside = !analysis.readsAsReport
        // What the product does with it: a document that does not read as a report at all is "other".
        score.predictedKind = classification.kind == .ruleOfLawReport && score.setAside ? DocumentKind.other.rawValue
            : classification.kind.rawValue
        score.kindCues = classification.cues

        for q in analysis.quantities where q.range.end <= original.count {
            if String(scalars: original[q.range.asRange]) != q.text { score.ungrounded.append(q.text) }
        }
        guard label.isReport else { return score }

        let m = analysis.metadata
        let got: [String: String?] = [
            "title": m.title, "issuer": m.issuer, "jurisdiction": m.jurisdiction, "level": m.level?.rawValue,
            "reportYear": m.reportYear.map(String.init), "publishedOn": m.publishedOn,
        ]
        let want: [String: String?] = [
            "title": label.metadata.title, "issuer": label.metadata.issuer, "jurisdiction": label.metadata.jurisdiction,
            "level": label.metadata.level, "reportYear": label.metadata.reportYear.map(String.init),
            "publishedOn": label.metadata.publishedOn,
        ]
        for field in Self.fields {
            let g = got[field] ?? nil, w = want[field] ?? nil
            let ok = field == "issuer" ? MetadataMatch.sameIssuer(w, g) : MetadataMatch.same(w, g)
            score.fields[field] = ok
            if !ok { score.fieldMisses.append(FieldMiss(field: field, want: w, got: g)) }
        }
        scoreFigures(label, analysis: analysis, original: original, into: &score)
        return score
    }

    private func scoreFigures(_ label: EvalLabel, analysis: Analysis, original: [Unicode.Scalar], into score: inout DocumentScore) {
        var used = Set<Int>()
        let catalogued = analysis.quantities.indices.filter { analysis.quantities[$0].indicator != nil }
        for figure in label.figures {
            guard let span = FigureLocator.span(of: figure, in: original) else {
                score.labelErrors.append("\(label.id): figure \(figure.text) [\(figure.indicator)]: context not found once, or text not inside it")
                continue
            }
            let match = catalogued.first { i in
                let q = analysis.quantities[i]
                return !used.contains(i) && q.indicator == figure.indicator && q.range.overlaps(span)
                    && MetadataMatch.close(q.value, figure.value)
            }
            if let match {
                used.insert(match)
                score.figures.append(FigureOutcome(indicator: figure.indicator, kind: .hit, text: figure.text, context: figure.context))
            } else {
                let here = analysis.quantities.first { $0.range.overlaps(span) }
                let found: String
                if let here {
                    let value = MetadataMatch.format(here.value)
                    found = here.indicator.map { "read as \($0) = \(value)" } ?? "read as \(value)\(here.unit ?? "") with no indicator"
                } else {
                    found = "no figure read there"
                }
                score.figures.append(FigureOutcome(indicator: figure.indicator, kind: .miss, text: figure.text,
                                                   context: figure.context, note: found))
            }
        }
        for i in catalogued where !used.contains(i) {
            let q = analysis.quantities[i]
            let sentence = q.sentence.map { s in
                String(scalars: original[max(0, s.start)..<min(original.count, s.end)]).prefix(80)
            }.map(String.init) ?? q.text
            score.figures.append(FigureOutcome(indicator: q.indicator ?? "", kind: .wrong, text: q.text,
                                               context: sentence, note: "value \(MetadataMatch.format(q.value)), cue \(q.cue ?? "-")"))
        }
    }
}

/// Finds a labelled figure in the text: its context occurs exactly once, and its text inside it.
enum FigureLocator {
    static func span(of figure: EvalLabel.Figure, in text: [Unicode.Scalar]) -> TextRange? {
        let context = Array(figure.context.unicodeScalars)
        let needle = Array(figure.text.unicodeScalars)
        let hits = occurrences(of: context, in: text[...])
        guard hits.count == 1, let start = hits.first,
              let inner = occurrences(of: needle, in: context[...]).first else { return nil }
        return TextRange(start: start + inner, end: start + inner + needle.count)
    }

    static func occurrences(of needle: [Unicode.Scalar], in hay: ArraySlice<Unicode.Scalar>) -> [Int] {
        guard !needle.isEmpty, needle.count <= hay.count else { return [] }
        var found: [Int] = []
        var i = hay.startIndex
        while i + needle.count <= hay.endIndex {
            if hay[i] == needle[0], hay[i..<(i + needle.count)].elementsEqual(needle) { found.append(i - hay.startIndex) }
            i += 1
        }
        return found
    }
}

/// How metadata values compare.
enum MetadataMatch {
    /// Spaces dropped, full-width brackets and colons made half-width, quotes and 《》 dropped.
    static func canonical(_ s: String?) -> String? {
        guard let s else { return nil }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c.properties.isWhitespace || c == "\u{3000}" { continue }
            switch c {
            case "《", "》", "“", "”", "‘", "’", "\"", "'", "「", "」", "、": continue
            case "（": out.append("(")
            case "）": out.append(")")
            case "：": out.append(":")
            case "，": out.append(",")
            default: out.append(c)
            }
        }
        let result = String(out)
        return result.isEmpty ? nil : result
    }

    static func same(_ want: String?, _ got: String?) -> Bool {
        canonical(want) == canonical(got)
    }

    /// The same body, named more or less fully (北京市门头沟区人民政府 and 门头沟区人民政府).
    static func sameIssuer(_ want: String?, _ got: String?) -> Bool {
        guard let w = canonical(want), let g = canonical(got) else { return canonical(want) == canonical(got) }
        if w == g { return true }
        let (short, long) = w.unicodeScalars.count < g.unicodeScalars.count ? (w, g) : (g, w)
        return short.unicodeScalars.count >= 4 && long.hasSuffix(short)
    }

    static func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= 1e-6 * max(1, abs(b))
    }

    static func format(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
