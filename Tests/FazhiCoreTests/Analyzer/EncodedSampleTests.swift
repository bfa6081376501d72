import Foundation
import Testing
@testable import FazhiCore

/// The analyzer is equally right whatever the bytes: the five sample reports re-encoded as
/// GB18030 (simplified) or Big5 (traditional), and wrapped in a government web page, give the
/// same metadata, parts and figures as the UTF-8 text, with ranges that still point at the figures.
struct EncodedSampleTests {
    static let samples = ["000", "001", "002", "003", "004"]

    static func plain(_ prefix: String) throws -> (SourceDocument, Analysis) {
        let text = try Fixture.sample(prefix)
        let document = try InputReader.decode(data: Data(text.utf8), name: "\(prefix).txt")
        return (document, Analyzer().analyze(document))
    }

    static func encoded(_ text: String, _ encoding: String.Encoding) throws -> Data {
        // Big5 lacks a few characters that traditional reports write (産, 着): their Big5 forms.
        let adapted = encoding == TextEncoding.foundationBig5 ? text.replacingOccurrences(of: "産", with: "產").replacingOccurrences(of: "着", with: "著") : text
        return try #require(adapted.data(using: encoding))
    }

    static func expectSameAnalysis(_ a: Analysis, _ b: Analysis) {
        #expect(a.metadata == b.metadata)
        #expect(a.partKinds == b.partKinds)
        #expect(a.findings.map { "\($0.rule):\($0.subject ?? "")" } == b.findings.map { "\($0.rule):\($0.subject ?? "")" })
        let figures = { (x: Analysis) in x.quantities.map { "\($0.indicator ?? "-")=\($0.value)\($0.unit ?? "")" } }
        #expect(figures(a) == figures(b))
    }

    @Test(arguments: samples)
    func reEncodedSampleGivesTheSameAnalysis(prefix: String) throws {
        let (_, reference) = try Self.plain(prefix)
        let text = try Fixture.sample(prefix)
        let encoding: String.Encoding = prefix == "004" ? TextEncoding.foundationBig5 : TextEncoding.foundationGB18030
        let document = try InputReader.decode(data: try Self.encoded(text, encoding), name: "\(prefix).enc")
        #expect(document.encoding == (prefix == "004" ? "big5" : "gb18030"))
        Self.expectSameAnalysis(Analyzer().analyze(document), reference)
    }

    @Test(arguments: samples)
    func sampleInAGovernmentPageGivesTheSameAnalysis(prefix: String) throws {
        let (_, reference) = try Self.plain(prefix)
        let page = GovernmentPage.wrap(try Fixture.sample(prefix), charset: "gb2312")
        let document = try InputReader.decode(data: try Self.encoded(page, TextEncoding.foundationGB18030), name: "\(prefix).html")
        #expect(document.format == .html)
        let analysis = Analyzer().analyze(document)
        Self.expectSameAnalysis(analysis, reference)
        // Every figure's range points at the figure in the page's source (entities decoded).
        let original = Array(document.original.unicodeScalars)
        for q in analysis.quantities {
            let source = String(String.UnicodeScalarView(original[q.range.asRange]))
            let decoded = source.replacingOccurrences(of: "&ldquo;", with: "“").replacingOccurrences(of: "&rdquo;", with: "”")
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&nbsp;", with: " ")
            #expect(decoded == q.text)
        }
        for part in analysis.parts where !part.inline {
            let source = String(String.UnicodeScalarView(original[part.range.asRange]))
            #expect(source.hasPrefix(String(part.heading.prefix(2))))
        }
    }
}

