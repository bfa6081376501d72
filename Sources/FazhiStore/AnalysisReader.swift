import FazhiCore
import Foundation

/// A stored analysis JSON read straight into an ``Analysis`` for its page (``ReportDetail/reading``:
/// no `framework.paragraphs`), one pass over the bytes.
///
/// Foundation's `JSONDecoder` first maps the whole document, then builds a dictionary of keys for
/// every object it decodes: most of a report page's CPU. This reads each value where it stands and
/// skips what the page does not need. It knows only the analysis's own shape; anything else it
/// refuses (``Malformed``), and ``ReadingAnalysis`` then decodes with `JSONDecoder` as before.
struct AnalysisReader {
    struct Malformed: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    /// The cursor: the next byte to read.
    var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func reading(_ data: Data) throws -> Analysis {
        try data.withUnsafeBytes { raw in
            var reader = AnalysisReader(raw.bindMemory(to: UInt8.self))
            let analysis = try reader.analysis()
            reader.space()
            guard reader.i == reader.bytes.count else { throw Malformed() }
            return analysis
        }
    }

    // MARK: The analysis's types

    private mutating func analysis() throws -> Analysis {
        var source: SourceInfo?, metadata: Metadata?, parts: [Part]?, outline: [Section]?
        var quantities: [Quantity]?, findings: [Finding]?, framework: FrameworkCoverage?
        var document: DocumentClassification?
        try object { r, key in
            switch key {
            case "source": source = try r.sourceInfo()
            case "metadata": metadata = try r.metadata()
            case "parts": parts = try r.array { try $0.part() }
            case "outline": outline = try r.array { try $0.section() }
            case "quantities": quantities = try r.array { try $0.quantity() }
            case "findings": findings = try r.array { try $0.finding() }
            case "framework": framework = try r.null() ? nil : r.coverage()
            case "document": document = try r.null() ? nil : r.documentClassification()
            default: try r.skip()
            }
        }
        return Analysis(source: try Self.must(source), metadata: try Self.must(metadata), parts: try Self.must(parts), outline: try Self.must(outline),
                        quantities: try Self.must(quantities), findings: try Self.must(findings), framework: framework,
                        document: document)
    }

    private mutating func documentClassification() throws -> DocumentClassification {
        var kind: DocumentKind?, confident: Bool?, cues: [String] = [], reportScore = 0
        try object { r, key in
            switch key {
            case "kind": kind = DocumentKind(rawValue: try r.string())
            case "confident": confident = try r.bool()
            case "cues": cues = try r.array { try $0.string() }
            case "reportScore": reportScore = try r.int()
            default: try r.skip()
            }
        }
        return DocumentClassification(kind: try Self.must(kind), confident: try Self.must(confident), cues: cues,
                                      reportScore: reportScore)
    }

    private mutating func sourceInfo() throws -> SourceInfo {
        var name: String?, format: String?, encoding: String?, characters: Int?
        var pageStarts: [Int]?, ocrConfidence: [OCRPageConfidence]?
        try object { r, key in
            switch key {
            case "name": name = try r.string()
            case "format": format = try r.string()
            case "encoding": encoding = try r.string()
            case "characters": characters = try r.int()
            case "pageStarts": pageStarts = try r.array { try $0.int() }
            case "ocrConfidence": ocrConfidence = try r.array { try $0.pageConfidence() }
            default: try r.skip()
            }
        }
        return SourceInfo(name: try Self.must(name), format: try Self.must(format), encoding: try Self.must(encoding),
                          characters: try Self.must(characters), pageStarts: pageStarts, ocrConfidence: ocrConfidence)
    }

    private mutating func pageConfidence() throws -> OCRPageConfidence {
        var page: Int?, confidence: Double?
        try object { r, key in
            switch key {
            case "page": page = try r.int()
            case "confidence": confidence = try r.double()
            default: try r.skip()
            }
        }
        return OCRPageConfidence(page: try Self.must(page), confidence: try Self.must(confidence))
    }

    private mutating func metadata() throws -> Metadata {
        var m = Metadata()
        var script: Script?
        try object { r, key in
            switch key {
            case "title": m.title = try r.optionalString()
            case "issuer": m.issuer = try r.optionalString()
            case "jurisdiction": m.jurisdiction = try r.optionalString()
            case "level": m.level = try r.optionalString().map { try Self.must(GovernmentLevel(rawValue: $0)) }
            case "reportYear": m.reportYear = try r.null() ? nil : r.int()
            case "publishedOn": m.publishedOn = try r.optionalString()
            case "signedOn": m.signedOn = try r.optionalString()
            case "documentNumber": m.documentNumber = try r.optionalString()
            case "indexNumber": m.indexNumber = try r.optionalString()
            case "addressee": m.addressee = try r.optionalString()
            case "script": script = try Self.must(Script(rawValue: try r.string()))
            default: try r.skip()
            }
        }
        m.script = try Self.must(script)
        return m
    }

    private mutating func part() throws -> Part {
        var kind: PartKind?, heading: String?, range: TextRange?, inline: Bool?
        try object { r, key in
            switch key {
            case "kind": kind = try Self.must(PartKind(rawValue: try r.string()))
            case "heading": heading = try r.string()
            case "range": range = try r.textRange()
            case "inline": inline = try r.bool()
            default: try r.skip()
            }
        }
        return Part(kind: try Self.must(kind), heading: try Self.must(heading), range: try Self.must(range), inline: try Self.must(inline))
    }

    private mutating func section() throws -> Section {
        var depth: Int?, style: String?, ordinal: Int?, heading: String?, headingRange: TextRange?, range: TextRange?
        var children: [Section]?
        try object { r, key in
            switch key {
            case "depth": depth = try r.int()
            case "style": style = try r.string()
            case "ordinal": ordinal = try r.int()
            case "heading": heading = try r.string()
            case "headingRange": headingRange = try r.textRange()
            case "range": range = try r.textRange()
            case "children": children = try r.array { try $0.section() }
            default: try r.skip()
            }
        }
        return Section(depth: try Self.must(depth), style: try Self.must(style), ordinal: try Self.must(ordinal), heading: try Self.must(heading),
                       headingRange: try Self.must(headingRange), range: try Self.must(range), children: try Self.must(children))
    }

    private mutating func quantity() throws -> Quantity {
        var text: String?, value: Double?, range: TextRange?
        var q = Quantity(text: "", value: 0, range: TextRange(start: 0, end: 0))
        try object { r, key in
            switch key {
            case "text": text = try r.string()
            case "value": value = try r.double()
            case "unit": q.unit = try r.optionalString()
            case "approx": q.approx = try r.optionalString().map { try Self.must(Approx(rawValue: $0)) }
            case "change": q.change = try r.null() ? nil : r.double()
            case "changeBase": q.changeBase = try r.optionalString()
            case "upperValue": q.upperValue = try r.null() ? nil : r.double()
            case "indicator": q.indicator = try r.optionalString()
            case "cue": q.cue = try r.optionalString()
            case "range": range = try r.textRange()
            case "sentence": q.sentence = try r.null() ? nil : r.textRange()
            default: try r.skip()
            }
        }
        q.text = try Self.must(text)
        q.value = try Self.must(value)
        q.range = try Self.must(range)
        return q
    }

    private mutating func finding() throws -> Finding {
        var rule: String?, subject: String?, severity: Severity?, message: String?, basis: String?, range: TextRange?
        try object { r, key in
            switch key {
            case "rule": rule = try r.string()
            case "subject": subject = try r.optionalString()
            case "severity": severity = try Self.must(Severity(rawValue: try r.string()))
            case "message": message = try r.string()
            case "basis": basis = try r.optionalString()
            case "range": range = try r.null() ? nil : r.textRange()
            default: try r.skip()
            }
        }
        return Finding(rule: try Self.must(rule), subject: subject, severity: try Self.must(severity), message: try Self.must(message),
                       basis: basis, range: range)
    }

    /// The coverage without its per-paragraph tags (skipped unread).
    private mutating func coverage() throws -> FrameworkCoverage {
        var edition: String?, areas: [FrameworkCoverage.Area]?, unmentioned: [String]?, outdated: [FrameworkCoverage.Outdated]?
        var sawParagraphs = false
        try object { r, key in
            switch key {
            case "edition": edition = try r.string()
            case "areas": areas = try r.array { try $0.area() }
            case "unmentioned": unmentioned = try r.array { try $0.string() }
            case "outdated": outdated = try r.array { try $0.outdated() }
            case "paragraphs":
                sawParagraphs = true
                try r.skip()
            default: try r.skip()
            }
        }
        guard sawParagraphs else { throw Malformed() }
        return FrameworkCoverage(edition: try Self.must(edition), areas: try Self.must(areas), unmentioned: try Self.must(unmentioned),
                                 paragraphs: [], outdated: try Self.must(outdated))
    }

    private mutating func area() throws -> FrameworkCoverage.Area {
        var id: String?, name: String?, paragraphs: Int?, leads: Int?, mentions: Int?
        try object { r, key in
            switch key {
            case "id": id = try r.string()
            case "name": name = try r.string()
            case "paragraphs": paragraphs = try r.int()
            case "leads": leads = try r.int()
            case "mentions": mentions = try r.int()
            default: try r.skip()
            }
        }
        return FrameworkCoverage.Area(id: try Self.must(id), name: try Self.must(name), paragraphs: try Self.must(paragraphs), leads: try Self.must(leads),
                                      mentions: try Self.must(mentions))
    }

    private mutating func outdated() throws -> FrameworkCoverage.Outdated {
        var phrase: String?, range: TextRange?
        try object { r, key in
            switch key {
            case "phrase": phrase = try r.string()
            case "range": range = try r.textRange()
            default: try r.skip()
            }
        }
        return FrameworkCoverage.Outdated(phrase: try Self.must(phrase), range: try Self.must(range))
    }

    private mutating func textRange() throws -> TextRange {
        var start: Int?, end: Int?
        try object { r, key in
            switch key {
            case "start": start = try r.int()
            case "end": end = try r.int()
            default: try r.skip()
            }
        }
        return TextRange(start: try Self.must(start), end: try Self.must(end))
    }

    private static func must<T>(_ value: T?) throws -> T {
        guard let value else { throw Malformed() }
        return value
    }
}
