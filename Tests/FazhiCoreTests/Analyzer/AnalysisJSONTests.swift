import Foundation
import Testing
@testable import FazhiCore

/// The analysis JSON written by `JSONWriter` is the contract: it decodes to the very analysis,
/// and has the keys and nulls DOMAIN.md specifies.
struct AnalysisJSONTests {
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func writtenJSONDecodesToTheSameAnalysis(prefix: String) throws {
        let analysis = Fixture.analyze(try Fixture.sample(prefix))
        let decoded = try JSONDecoder().decode(Analysis.self, from: Data(analysis.json()))
        #expect(decoded == analysis)
        // And Foundation's encoder agrees on the document.
        let viaEncoder = try JSONDecoder().decode(Analysis.self, from: try JSONEncoder().encode(analysis))
        #expect(viaEncoder == decoded)
    }

    @Test func missingValuesAreNullAndContractKeysArePresent() throws {
        let analysis = Fixture.analyze("一、主要举措和成效\n全年收到行政复议申请24件。")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(analysis.json())) as? [String: Any])
        let metadata = try #require(object["metadata"] as? [String: Any])
        for key in ["title", "issuer", "jurisdiction", "level", "reportYear", "publishedOn", "signedOn",
                    "documentNumber", "indexNumber", "addressee", "script"] {
            #expect(metadata.keys.contains(key), "metadata.\(key)")
        }
        #expect(metadata["title"] is NSNull)
        let quantity = try #require((object["quantities"] as? [[String: Any]])?.first)
        for key in ["text", "value", "unit", "approx", "change", "indicator", "range"] {
            #expect(quantity.keys.contains(key), "quantity.\(key)")
        }
        #expect(quantity["approx"] is NSNull)
        #expect(quantity["indicator"] as? String == "reconsideration.received")
    }

    @Test func stringsAreEscaped() throws {
        var w = JSONWriter(pretty: false)
        w.object { w in w.key("s"); w.string("引号\"反斜杠\\换行\n制表\t\u{01}") }
        let back = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String: String]
        #expect(back?["s"] == "引号\"反斜杠\\换行\n制表\t\u{01}")
    }
}
