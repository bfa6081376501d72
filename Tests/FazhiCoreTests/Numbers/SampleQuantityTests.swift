import Foundation
import Testing
@testable import FazhiCore

/// The five real reports of `samples/`: the gold files' traps and value checks (copied here as
/// literals, in the script of the source) and the figures the indicator catalog needs.
struct SampleCase: Sendable, CustomStringConvertible {
    struct Check: Sendable {
        var text: String
        var value: Double
        var approx: Approx?
        var unit: String?
    }

    var file: String
    var traps: [String]
    var checks: [Check]
    /// Figures (as the source writes them) that must each be read as one quantity.
    var figures: [String]

    var description: String { file }
}

struct SampleQuantityTests {
    static let cases: [SampleCase] = [
        SampleCase(
            file: "000_6fb21ec396b5b360",
            traps: ["十九届五中全会", "“三项制度”"],
            checks: [
                .init(text: "8.5亿元", value: 850_000_000, unit: "元"), .init(text: "1000余项", value: 1000, approx: .over),
                .init(text: "69.29%", value: 69.29, unit: "%"),
            ],
            figures: [
                "431项", "10件", "3次", "65件", "107件", "100%", "44人次", "7330条", "24件", "22件", "71件", "35474次",
                "2654件", "12134件", "5次", "200余次", "11期", "1140余人次", "150余场次",
            ]),
        SampleCase(
            file: "001_6400df55651fb672",
            traps: ["“法律六进”", "“12·4”", "十九届二中、三中、四中、五中全会", "“五个领域”", "五大服务"],
            checks: [.init(text: "200余场次", value: 200, approx: .over)],
            figures: ["6件", "30件", "25件", "32个", "42家"]),
        SampleCase(
            file: "002_d673bbc54b047a03",
            traps: ["20212025年", "“一件事一次办”", "“枫桥经验”"],
            checks: [
                .init(text: "1.2万余条", value: 12000, approx: .over), .init(text: "3.7亿条", value: 370_000_000),
                .init(text: "15495万元", value: 154_950_000, unit: "元"),
                .init(text: "90%以上", value: 90, approx: .over, unit: "%"),
            ],
            figures: [
                "两次", "8家", "900余项", "3件", "99件", "8418件", "17人", "2159件", "3项", "107件", "52072余件", "266件",
                "218件", "35件", "21.08%", "10851条", "1865件", "77%", "1839件", "5387名", "12次",
            ]),
        SampleCase(
            file: "003_a3da4e3fe7bb3449",
            traps: ["“12345”热线", "“十四五”", "“八五”普法", "“五步法”", "“三项制度”", "“两委”", "12.4国家宪法日"],
            checks: [
                .init(text: "10000余份", value: 10000, approx: .over), .init(text: "400多项", value: 400, approx: .over),
                .init(text: "不足80%", value: 80, approx: .under, unit: "%"),
            ],
            figures: ["90余场次", "630件", "11件", "4人", "200余次", "954件", "951件", "99.7%", "1起", "3起", "10个"]),
        SampleCase(
            file: "004_89f07a14d81e159a",
            traps: [
                "370兆", "“1+3+X”", "12345市民服務熱線", "“十四五”", "“一辦四組”", "“三位一體”", "二十屆二中、三中全會",
            ],
            checks: [
                .init(text: "1744萬餘元", value: 17_440_000, approx: .over, unit: "元"),
                .init(text: "7.3萬人次", value: 73000), .init(text: "8萬餘次", value: 80000, approx: .over),
                .init(text: "62.5%", value: 62.5, unit: "%"),
            ],
            figures: ["1663項", "651件", "469件", "1805場次", "72件", "132件", "114人次", "8.4%"]),
    ]

    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples")

    static func load(_ file: String) throws -> (original: [Unicode.Scalar], simplified: [Unicode.Scalar]) {
        let text = try String(contentsOf: samples.appendingPathComponent(file + ".txt"), encoding: .utf8)
        let original = Array(text.unicodeScalars)
        return (original, ScriptNormalizer.shared.normalize(original).simplified)
    }

    static func occurrences(of needle: String, in text: [Unicode.Scalar]) -> [TextRange] {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, text.count >= n.count else { return [] }
        return (0...(text.count - n.count)).filter { text[$0..<($0 + n.count)].elementsEqual(n) }
            .map { TextRange(start: $0, end: $0 + n.count) }
    }

    @Test(arguments: cases)
    func goldTrapsAreNoQuantities(_ c: SampleCase) throws {
        let (original, simplified) = try Self.load(c.file)
        let found = QuantityScanner.shared.scan(simplified, original: original)
        for trap in c.traps {
            let spans = Self.occurrences(of: trap, in: original)
            #expect(!spans.isEmpty, "trap \(trap) not in the sample")
            for span in spans {
                let hits = found.filter { $0.range.overlaps(span) }
                #expect(hits.isEmpty, "\(trap): \(hits.map(\.summary))")
            }
        }
    }

    @Test(arguments: cases)
    func goldChecksReadTheirValues(_ c: SampleCase) throws {
        let (original, simplified) = try Self.load(c.file)
        let found = QuantityScanner.shared.scan(simplified, original: original)
        for check in c.checks {
            let spans = Self.occurrences(of: check.text, in: original)
            #expect(!spans.isEmpty, "\(check.text) not in the sample")
            for span in spans {
                let hits = found.filter { $0.range.overlaps(span) }
                #expect(hits.count == 1, "\(check.text): \(hits.map(\.summary))")
                for q in hits {
                    #expect(q.value == check.value, "\(q.summary)")
                    if let approx = check.approx { #expect(q.approx == approx, "\(q.summary)") }
                    if let unit = check.unit { #expect(q.unit == unit, "\(q.summary)") }
                }
            }
        }
    }

    @Test(arguments: cases)
    func catalogFiguresAreFound(_ c: SampleCase) throws {
        let (original, simplified) = try Self.load(c.file)
        let texts = Set(QuantityScanner.shared.scan(simplified, original: original).map(\.text))
        for figure in c.figures {
            #expect(texts.contains(figure), "\(figure) not read")
        }
    }

    @Test func qualifiedChangesOfTheSamples() throws {
        let (original, simplified) = try Self.load("004_89f07a14d81e159a")
        let found = QuantityScanner.shared.scan(simplified, original: original)
        #expect(found.first { $0.text == "8.4%" }?.change == -8.4)
        #expect(found.first { $0.text == "5.4%" }?.change == -5.4)
        let (original2, simplified2) = try Self.load("002_d673bbc54b047a03")
        let found2 = QuantityScanner.shared.scan(simplified2, original: original2)
        let growth = try #require(found2.first { $0.text == "77%" })
        #expect(growth.change == 77)
        #expect(growth.changeBase == "同比")
    }

    /// A large input made of the samples many times over reads each copy exactly as the sample alone.
    @Test func largeInputReadsLikeItsParts() throws {
        var parts: [[Unicode.Scalar]] = []
        for c in Self.cases { parts.append(try Self.load(c.file).simplified) }
        let single = parts.map { QuantityScanner.shared.scan($0) }
        var big: [Unicode.Scalar] = []
        var expected: [Quantity] = []
        for _ in 0..<12 {
            for (part, quantities) in zip(parts, single) {
                let offset = big.count
                expected += quantities.map { q in
                    var q = q
                    q.range = TextRange(start: q.range.start + offset, end: q.range.end + offset)
                    q.sentence = q.sentence.map { TextRange(start: $0.start + offset, end: $0.end + offset) }
                    return q
                }
                big += part
                big.append("\n")
            }
        }
        let found = QuantityScanner.shared.scan(big)
        #expect(found.count == expected.count)
        #expect(found == expected)
    }
}
