import Foundation
import PropertyBased
import Testing
@testable import FazhiCore

/// The piecewise t2s conversion gives exactly what OpenCC gives for the whole text.
struct T2SConverterTests {
    static let whole = try? OpenCCConverter(config: "t2s")
    static let s2t = try? OpenCCConverter(config: "s2t")

    func piecewise(_ text: String) throws -> String {
        let converter = T2SConverter(opencc: try OpenCCConverter(config: "t2s"))
        let out = try #require(converter.convert(Array(text.unicodeScalars)))
        return String(scalars: out)
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func samplesInTraditionalScriptConvertExactlyAsOpenCCDoes(prefix: String) throws {
        let whole = try #require(Self.whole)
        let s2t = try #require(Self.s2t)
        let sample = try Fixture.sample(prefix)
        let traditional = prefix == "004" ? sample : s2t.convert(sample)
        #expect(try piecewise(traditional) == whole.convert(traditional))
    }

    @Test func phraseDictionaryEntriesConvertAsPhrases() throws {
        let whole = try #require(Self.whole)
        // Phrases whose characters convert differently alone (乾隆 keeps 乾; 乾燥 becomes 干燥).
        let text = "乾隆年間,天氣乾燥;著作權法著力保護;於是於謙;老態龍鍾。"
        #expect(try piecewise(text) == whole.convert(text))
    }

    @Test func randomMixturesOfPhraseAndOtherCharactersConvertExactly() async throws {
        let whole = try #require(Self.whole)
        let phrase = Array(T2SConverter.phraseCharacters.compactMap(Unicode.Scalar.init))
        let other = Array("國會區發與對關這們為時從經過還將當開應現進動點問題行政復議規範性文件,。、 0123".unicodeScalars)
        let pool = phrase + other + other
        let converter = T2SConverter(opencc: try OpenCCConverter(config: "t2s"))
        await propertyCheck(count: 300, input: Gen.int(in: 0..<pool.count).array(of: 1...60)) { indices in
            let scalars = indices.map { pool[$0] }
            let text = String(scalars: scalars)
            let out = converter.convert(scalars).map { String(scalars: $0) }
            #expect(out == whole.convert(text))
        }
    }
}
