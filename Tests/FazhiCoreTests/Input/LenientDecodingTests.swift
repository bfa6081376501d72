import Foundation
import Testing
@testable import FazhiCore

/// A text with a few invalid bytes is read with “�” in their place and a finding saying where; a
/// text with more than 1% invalid is refused, naming the first bad byte.
struct LenientDecodingTests {
    /// `bytes` with `insert` put before the byte at each of `offsets` (the offsets are of the original).
    static func inserting(_ insert: [UInt8], into bytes: [UInt8], at offsets: [Int]) -> [UInt8] {
        var out = bytes
        for offset in offsets.sorted(by: >) { out.insert(contentsOf: insert, at: offset) }
        return out
    }

    /// The line (from 1) of byte `offset`.
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        bytes[..<offset].reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    @Test func maximalSubpartBecomesOneReplacement() {
        let bytes: [UInt8] = [0x41, 0xE4, 0xB8, 0x41, 0xFF, 0x0A, 0xE4, 0xB8, 0xAD]
        let result = bytes.withUnsafeBufferPointer { LenientUTF8.decode($0) }
        #expect(result.text == "A\u{FFFD}A\u{FFFD}\n中")
        #expect(result.invalid.count == 3)
        #expect(result.invalid.sequences == 2)
        #expect(result.invalid.places.map(\.offset) == [1, 4])
        #expect(result.validMultibyte == 1)
    }

    @Test func utf8WithAFewBadBytesIsReadWithAFinding() throws {
        let clean = Array(InputSamples.text("002").utf8)
        // Before the first byte of three lines' fifth character: a stray continuation byte and a cut sequence.
        let newlines = clean.indices.filter { clean[$0] == 0x0A }
        let long = zip(newlines, newlines.dropFirst()).filter { $1 - $0 > 40 }.map(\.0)
        let starts = long.prefix(3).map { $0 + 1 + 12 }
        let damaged = Self.inserting([0xBF], into: clean, at: [starts[0], starts[2]])
            .enumerated().map { $0.offset == starts[1] + 1 ? 0xFE : $0.element }
        let document = try InputReader.decode(data: Data(damaged), name: "damaged.txt")
        #expect(document.encoding == "utf-8")
        let damage = try #require(document.invalidBytes)
        #expect(damage.encoding == "utf-8")
        #expect(damage.isFew)
        #expect(Set(damage.places.map(\.line)) == Set(starts.map { Self.line(of: $0, in: clean) }))

        let analysis = Analyzer().analyze(document)
        let finding = try #require(analysis.findings.first { $0.rule == "input.invalid_bytes" })
        #expect(finding.message.contains("\(damage.count)个字节"))
        #expect(finding.message.contains("第\(damage.places[0].line)、"))
        let range = try #require(finding.range)
        #expect(document.text.scalars(in: range) == "\u{FFFD}")
        // Every figure's range still holds its text: the replacements shift nothing.
        #expect(!analysis.quantities.isEmpty)
        for quantity in analysis.quantities {
            #expect(document.text.scalars(in: quantity.range) == quantity.text)
        }
    }

    @Test(arguments: [("000.gb18030.txt", "gb18030"), ("004.big5.txt", "big5")])
    func legacyEncodingsWithAFewBadBytesAreReadToo(fixture: String, encoding: String) throws {
        let clean = [UInt8](InputSamples.fixture(fixture))
        let newlines = clean.indices.filter { clean[$0] == 0x0A }
        let damaged = Self.inserting([0xA4], into: clean, at: [newlines[2], newlines[6]])
        let document = try InputReader.decode(data: Data(damaged), name: "damaged.txt")
        #expect(document.encoding == encoding)
        #expect(document.invalidBytes?.count == 2)
        #expect(document.invalidBytes?.places.map(\.line) == [3, 7])
        #expect(document.text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 2)
        // The rest reads as the clean file does (a lead byte without its trail byte, before a line break).
        let reference = try InputReader.decode(data: Data(clean), name: "clean.txt")
        #expect(document.text.replacingOccurrences(of: "\u{FFFD}", with: "") == reference.text)
    }

    @Test func moreThanOnePercentInvalidIsRefusedNamingTheFirstBadByte() throws {
        let clean = Array(InputSamples.text("002").utf8)
        // Before characters (not inside one): an ASCII byte or a lead byte.
        let offsets = Array(stride(from: 1_000, to: clean.count, by: 10)).filter { clean[$0] < 0x80 || clean[$0] >= 0xC0 }
        let damaged = Self.inserting([0xFF], into: clean, at: offsets)
        #expect(offsets.count * 100 > damaged.count)
        do {
            _ = try InputReader.decode(data: Data(damaged), name: "broken.txt")
            Issue.record("a text with \(offsets.count) bad bytes was read")
        } catch {
            guard case .undecodable(let damage?) = error.reason else {
                Issue.record("expected .undecodable with its damage, got \(error)")
                return
            }
            #expect(damage.encoding == "utf-8")
            #expect(damage.places.first?.offset == offsets[0])
            #expect(error.description.contains("the first at byte \(offsets[0]), line \(Self.line(of: offsets[0], in: clean))"))
        }
    }

    @Test func utf8BehindAByteOrderMarkIsReadLenientlyToo() throws {
        let clean = [0xEF, 0xBB, 0xBF] + Array(InputSamples.text("001").utf8)
        let newline = try #require(clean.firstIndex(of: 0x0A))
        let document = try InputReader.decode(data: Data(Self.inserting([0xC0], into: clean, at: [newline])), name: "bom.txt")
        #expect(document.encoding == "utf-8-bom")
        #expect(document.invalidBytes?.places == [InvalidBytes.Place(offset: newline, line: 1)])
        #expect(document.invalidBytes?.total == clean.count + 1)
    }

    @Test func cleanTextCarriesNoDamageAndNoFinding() throws {
        let document = try InputReader.decode(data: Data(InputSamples.text("002").utf8), name: "clean.txt")
        #expect(document.invalidBytes == nil)
        #expect(!Analyzer().analyze(document).findings.contains { $0.rule == "input.invalid_bytes" })
    }
}
