import Foundation
import Testing
@testable import FazhiCore

struct EncodingDetectionTests {
    @Test(arguments: ["000", "001", "002", "003"])
    func simplifiedSampleInGB18030DecodesExactly(prefix: String) throws {
        let text = InputSamples.text(prefix)
        let bytes = try #require(TextEncoding.gb18030.encode(text))
        let document = try InputReader.decode(data: bytes, name: "\(prefix).txt")
        #expect(document.encoding == "gb18030")
        #expect(document.original == text)
        #expect(document.text == text)
        #expect(document.format == .text)
    }

    @Test func traditionalSampleInBig5DecodesExactly() throws {
        let text = InputSamples.big5Text
        let bytes = try #require(TextEncoding.big5.encode(text))
        let document = try InputReader.decode(data: bytes, name: "004.txt")
        #expect(document.encoding == "big5")
        #expect(document.original == text)
    }

    @Test func traditionalSampleInGB18030DecodesExactly() throws {
        let text = InputSamples.text("004")
        let bytes = try #require(TextEncoding.gb18030.encode(text))
        let document = try InputReader.decode(data: bytes, name: "004.txt")
        #expect(document.encoding == "gb18030")
        #expect(document.original == text)
    }

    @Test func iconvMadeFixturesDecodeExactly() throws {
        let gb = try InputReader.decode(data: InputSamples.fixture("000.gb18030.txt"), name: "000.gb18030.txt")
        #expect(gb.encoding == "gb18030")
        #expect(gb.original == InputSamples.text("000"))
        let big5 = try InputReader.decode(data: InputSamples.fixture("004.big5.txt"), name: "004.big5.txt")
        #expect(big5.encoding == "big5")
        #expect(big5.original == InputSamples.big5Text)
    }

    @Test(arguments: [TextEncoding.utf8, .utf8BOM, .utf16LE, .utf16BE])
    func unicodeEncodingsDecodeWithoutTheirMark(encoding: TextEncoding) throws {
        let text = InputSamples.text("001")
        let bytes = try #require(encoding.encode(text))
        let document = try InputReader.decode(data: bytes, name: "001.txt")
        #expect(document.encoding == encoding.rawValue)
        #expect(document.original == text)
    }

    @Test(arguments: [TextEncoding.utf16LE, .utf16BE])
    func utf16WithoutMarkIsFoundByItsZeroBytes(encoding: TextEncoding) throws {
        let text = InputSamples.text("002")
        let bytes = try #require(encoding.encode(text)).dropFirst(2)
        let document = try InputReader.decode(data: Data(bytes), name: "002.txt")
        #expect(document.encoding == encoding.rawValue)
        #expect(document.original == text)
    }

    @Test func gbkMeansGB18030() throws {
        let text = "<html><head><meta charset=\"GBK\"></head><body><p>行政复议案件218件</p></body></html>"
        let document = try InputReader.decode(data: try #require(TextEncoding.gb18030.encode(text)), name: "a")
        #expect(document.encoding == "gb18030")
        #expect(document.text == "行政复议案件218件")
    }

    @Test func aFalseCharsetDeclarationLosesToValidUTF8() throws {
        let text = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
            + "<body><p>深化“放管服”改革,全面推行行政执法公示制度。</p></body></html>"
        let document = try InputReader.decode(data: Data(text.utf8), name: "page.html")
        #expect(document.encoding == "utf-8")
        #expect(document.text == "深化“放管服”改革,全面推行行政执法公示制度。")
    }

    @Test func commonHanziSetsAreReadFromTheEncodings() {
        // 3,755 GB2312 level-1 and 5,401 Big5 common characters, of which many are shared.
        #expect(DecodingScore.commonHanzi.count > 6_000)
        #expect(DecodingScore.commonHanzi.contains(Unicode.Scalar("法").value))
        #expect(DecodingScore.commonHanzi.contains(Unicode.Scalar("懷").value))
    }

    @Test func wrongGuessesScoreLow() throws {
        let simplified = InputSamples.text("003")
        let traditional = InputSamples.big5Text
        let gbAsBig5 = TextEncoding.big5.decode(try #require(TextEncoding.gb18030.encode(simplified)))
        let big5AsGB = TextEncoding.gb18030.decode(try #require(TextEncoding.big5.encode(traditional)))
        #expect(DecodingScore.score(simplified) > 0.9)
        #expect(DecodingScore.score(traditional) > 0.9)
        if let gbAsBig5 { #expect(DecodingScore.score(gbAsBig5) < 0.6) }
        #expect(DecodingScore.score(try #require(big5AsGB)) < 0.3)
    }
}
