import Foundation
import Testing
@testable import FazhiCore

/// Damaged zip archives and .docx files are refused with one line naming the file and the problem,
/// never a crash, whatever their name says.
struct DamagedDocxTests {
    /// A real .docx: sample 002's paragraphs, with a title.
    static let docx: Data = {
        let body = InputSamples.text("002").split(separator: "\n").map { DocxWriter.paragraph(String($0)) }.joined()
        return (try? DocxWriter.docx(body: body, title: "报告")) ?? Data()
    }()

    /// Decodes `bytes` as `name`: a document, or an ``InputError`` whose one line starts with the name.
    static func outcome(_ bytes: Data, name: String) -> Result<SourceDocument, InputError> {
        do {
            return .success(try InputReader.decode(data: bytes, name: name))
        } catch {
            #expect(error.description.hasPrefix(name + ": "), "\(error)")
            #expect(!error.description.contains("\n"))
            return .failure(error)
        }
    }

    /// The offset of the end-of-central-directory record of `bytes` (the last `PK\5\6`).
    static func endRecord(_ bytes: [UInt8]) -> Int {
        var at = bytes.count - 22
        while at > 0, bytes[at..<(at + 4)] != [0x50, 0x4B, 0x05, 0x06] { at -= 1 }
        return at
    }

    static func patch32(_ bytes: inout [UInt8], at offset: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }

    /// 52 bytes: an empty local header and an end record whose central directory lies past the end.
    static let directoryPastEnd: Data = {
        var bytes: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
        bytes += [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0xE8, 0x03, 0, 0, 0, 0]
        return Data(bytes)
    }()

    @Test(arguments: ["bad.docx", "bad.txt", "bad"])
    func centralDirectoryPastTheEndIsRefused(name: String) {
        #expect(Self.directoryPastEnd.count == 52)
        guard case .failure(let error) = Self.outcome(Self.directoryPastEnd, name: name) else {
            Issue.record("a 52-byte broken zip was read")
            return
        }
        #expect(error.description.contains("central directory lies past the end"))
    }

    @Test(arguments: ["bad.docx", "bad.txt"])
    func localHeaderPastTheEndIsRefused(name: String) {
        var bytes = [UInt8](Self.docx)
        var directory = Int(bytes[Self.endRecord(bytes) + 16]) | Int(bytes[Self.endRecord(bytes) + 17]) << 8
        directory |= Int(bytes[Self.endRecord(bytes) + 18]) << 16 | Int(bytes[Self.endRecord(bytes) + 19]) << 24
        Self.patch32(&bytes, at: directory + 42, 0x00FF_FFF0)
        guard case .failure(let error) = Self.outcome(Data(bytes), name: name) else {
            Issue.record("a zip whose first local header lies past the end was read")
            return
        }
        #expect(error.description.contains("local header"))
    }

    @Test func intactDocxStillReads() throws {
        let document = try InputReader.decode(data: Self.docx, name: "report.docx")
        #expect(document.format == .docx)
        #expect(document.title == "报告")
        #expect(document.text.contains("法治政府"))
    }

    /// Truncated at every 97th byte, a 7-byte run deleted or one byte flipped at every 61st: each
    /// damaged copy, named .docx or .txt, is read or refused in one line — the test finishing is the
    /// proof that nothing crashed.
    @Test(arguments: ["bad.docx", "bad.txt"])
    func damageAnywhereIsReadOrRefused(name: String) {
        let bytes = [UInt8](Self.docx)
        var refused = 0
        var cases = 0
        for cut in stride(from: 0, to: bytes.count, by: 97) {
            cases += 1
            if case .failure = Self.outcome(Data(bytes[..<cut]), name: name) { refused += 1 }
        }
        for at in stride(from: 0, to: bytes.count - 7, by: 61) {
            var deleted = bytes
            deleted.removeSubrange(at..<(at + 7))
            var flipped = bytes
            flipped[at] ^= 0xA5
            for damaged in [deleted, flipped] {
                cases += 1
                if case .failure = Self.outcome(Data(damaged), name: name) { refused += 1 }
            }
        }
        // Every truncation and deletion breaks the archive; some flips land in a part no one reads.
        #expect(refused > cases / 2)
    }

    @Test func declaredSizeOverTheLimitIsRefusedBeforeInflating() throws {
        let zip = try ZipDirectory(Self.docx)
        let entry = try #require(zip.entry("word/document.xml"))
        #expect(throws: ZipDirectory.Failure.self) {
            try ZipInflater.extract(entry, from: zip, limit: entry.uncompressedSize - 1)
        }
        #expect(try ZipInflater.extract(entry, from: zip, limit: entry.uncompressedSize).count == entry.uncompressedSize)
    }
}
