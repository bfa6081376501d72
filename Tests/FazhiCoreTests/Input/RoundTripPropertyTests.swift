import Foundation
import PropertyBased
import Testing
@testable import FazhiCore

/// Random stretches of the sample reports, written in a legacy encoding, decode back exactly.
struct RoundTripPropertyTests {
    static let simplified = ["000", "001", "002", "003"].map { Array(InputSamples.text($0).unicodeScalars) }
    static let traditional = Array(InputSamples.big5Text.unicodeScalars)

    /// `length` code points of `scalars` from `fraction` of the way in.
    static func stretch(_ scalars: [Unicode.Scalar], at fraction: Double, length: Int) -> String {
        let start = Int(Double(max(scalars.count - length, 0)) * fraction)
        return String(String.UnicodeScalarView(scalars[start..<min(start + length, scalars.count)]))
    }

    static func expectRoundTrip(_ text: String, in encoding: TextEncoding) throws {
        let bytes = try #require(encoding.encode(text))
        let document = try InputReader.decode(data: bytes, name: "stretch.txt")
        #expect(document.original == text)
        if text.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
            #expect(document.encoding == encoding.rawValue, "\(text)")
        }
    }

    @Test func simplifiedStretchesRoundTripThroughGB18030() async {
        let sample = Gen.int(in: 0...(Self.simplified.count - 1))
        let fraction = Gen.int(in: 0...10_000)
        await propertyCheck(count: 200, input: sample, fraction, Gen.int(in: 30...400)) { index, at, length in
            try Self.expectRoundTrip(
                Self.stretch(Self.simplified[index], at: Double(at) / 10_000, length: length), in: .gb18030)
        }
    }

    @Test func traditionalStretchesRoundTripThroughBig5AndGB18030() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...10_000), Gen.int(in: 30...400)) { at, length in
            let text = Self.stretch(Self.traditional, at: Double(at) / 10_000, length: length)
            try Self.expectRoundTrip(text, in: .big5)
            try Self.expectRoundTrip(text, in: .gb18030)
        }
    }

    @Test func shortPhrasesStillPreferTheRightEncoding() throws {
        for phrase in ["法治政府建设年度报告", "行政复议案件218件", "門頭溝區人民政府", "依法行政"] {
            if phrase.unicodeScalars.allSatisfy({ DecodingScore.commonHanzi.contains($0.value) }) {
                try Self.expectRoundTrip(phrase, in: .gb18030)
            }
        }
        try Self.expectRoundTrip("懷柔區堅持以習近平法治思想為指導", in: .big5)
    }
}
