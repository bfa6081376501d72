import FazhiCore
import Foundation
import Testing
@testable import FazhiStore

/// The one-pass reader of a stored analysis gives exactly what `JSONDecoder` gives for a report page
/// (all but the framework's per-paragraph tags), and refuses JSON of another shape.
struct AnalysisReaderTests {
    static func decoded(_ json: Data) throws -> Analysis {
        try JSONDecoder().decode(ReadingAnalysis.self, from: json).analysis
    }

    @Test func readsSynthesizedReportsAsTheDecoderDoes() throws {
        let corpus = try SynthCorpus(seed: 7)
        var formats: Set<String> = []
        for index in 0..<30 {
            let report = try corpus.report(index)
            let analysis = try IncomingReport.analyze(bytes: report.data, name: report.path, sourcePath: nil).analysis
            formats.insert(analysis.source.format)
            for pretty in [false, true] {
                let json = Data(analysis.json(pretty: pretty))
                let read = try AnalysisReader.reading(json)
                #expect(read == (try Self.decoded(json)), "\(report.path)")
                #expect(read.framework?.paragraphs.isEmpty ?? true)
            }
        }
        #expect(formats.count >= 2)
    }

    @Test func readsEscapedAndAstralTextAsTheDecoderDoes() throws {
        let (name, data) = try TemporaryStore.sample("001")
        var analysis = try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil).analysis
        analysis.metadata.title = "引号\" 反斜杠\\ 换行\n 制表\t 控制\u{1} 𠮷 😀 <b>&"
        analysis.metadata.issuer = ""
        let json = String(decoding: analysis.json(pretty: false), as: UTF8.self)
        #expect(try AnalysisReader.reading(Data(json.utf8)) == (try Self.decoded(Data(json.utf8))))
        // \u escapes (a surrogate pair among them) and an escaped slash, as other writers put them.
        let escaped = json.replacingOccurrences(of: "\"issuer\":\"\"", with: "\"issuer\":\"\\u6cd5\\ud83d\\ude00\\/x\"")
        #expect(escaped != json)
        let read = try AnalysisReader.reading(Data(escaped.utf8))
        #expect(read.metadata.issuer == "法😀/x")
        #expect(read == (try Self.decoded(Data(escaped.utf8))))
    }

    @Test(arguments: ["", "{}", "[]", "{\"source\":1}", "{\"findings\":[],", "nul"])
    func refusesJSONOfAnotherShape(_ json: String) {
        #expect(throws: AnalysisReader.Malformed.self) { try AnalysisReader.reading(Data(json.utf8)) }
    }

    @Test func refusesTrailingBytesAndAStoredAnalysisCutShort() throws {
        let (name, data) = try TemporaryStore.sample("000")
        let json = Data(try IncomingReport.analyze(bytes: data, name: name, sourcePath: nil).analysis.json(pretty: false))
        #expect(throws: AnalysisReader.Malformed.self) { try AnalysisReader.reading(json + Data("x".utf8)) }
        #expect(throws: AnalysisReader.Malformed.self) { try AnalysisReader.reading(json.dropLast(2)) }
        #expect(throws: (any Error).self) { try ReadingAnalysis.decode(json.dropLast(2), detail: .reading) }
    }
}
