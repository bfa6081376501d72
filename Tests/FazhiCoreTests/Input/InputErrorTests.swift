import Foundation
import Testing
@testable import FazhiCore

struct InputErrorTests {
    let scratch = ScratchDirectory()

    /// The error reading `path` throws; fails the test when reading succeeds.
    func error(reading path: String, maxBytes: Int = InputReader.defaultMaxBytes) -> InputError? {
        do {
            _ = try InputReader.read(path: path, maxBytes: maxBytes)
            return nil
        } catch {
            #expect(error.description.hasPrefix(path + ": "))
            #expect(!error.description.contains("\n"))
            return error
        }
    }

    @Test func missingFile() {
        let path = scratch.url.appendingPathComponent("nope.txt").path
        #expect(error(reading: path)?.reason == .notFound)
    }

    @Test func directory() {
        #expect(error(reading: scratch.url.path)?.reason == .isDirectory)
    }

    @Test(arguments: [Data(), Data(" \n\r\n\t ".utf8), Data("\u{FEFF}\u{3000}\n".utf8)])
    func emptyOrBlankFile(bytes: Data) {
        #expect(error(reading: scratch.write(bytes, as: "empty.txt"))?.reason == .empty)
    }

    @Test func oversizeFileIsRefusedBeforeReading() {
        let path = scratch.write(Data(InputSamples.text("000").utf8), as: "big.txt")
        #expect(error(reading: path, maxBytes: 1_000)?.reason == .tooLarge(bytes: 8_754, limit: 1_000))
        #expect(error(reading: path, maxBytes: 1_000)?.description.contains("8754 bytes") == true)
    }

    @Test func pdfSaysWhichReaderReadsIt() throws {
        let path = scratch.write(Data("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj".utf8), as: "report.pdf")
        let failure = try #require(error(reading: path))
        guard case .unsupported(let kind, let advice) = failure.reason else {
            Issue.record("expected .unsupported, got \(failure.reason)")
            return
        }
        #expect(kind == "a PDF")
        #expect(advice.contains("DocumentReader"))
    }

    @Test(arguments: [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "a PNG image"),
        ([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46], "a JPEG image"),
        (Array("GIF89a".utf8) + [1, 0, 1, 0], "a GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0], "an ELF executable"),
        ([0x41, 0x42, 0x00, 0x00, 0x00, 0x43, 0x00, 0x00, 0xFF, 0x01, 0x00], "it contains NUL bytes"),
    ] as [([UInt8], String)])
    func binaryFilesAreNamed(bytes: [UInt8], kind: String) {
        let path = scratch.write(Data(bytes), as: "file.bin")
        #expect(error(reading: path)?.reason == .binary(kind))
    }

    @Test func zipThatIsNotADocx() throws {
        let data = try DocxWriter.zip([("notes/readme.txt", "法治政府建设")])
        let reason = error(reading: scratch.write(data, as: "bundle.zip"))?.reason
        #expect(reason == .binary("a zip archive that is not a .docx"))
    }

    @Test func spreadsheetIsUnsupported() throws {
        let data = try DocxWriter.zip([("xl/workbook.xml", "<workbook/>")])
        let reason = error(reading: scratch.write(data, as: "data.xlsx"))?.reason
        let advice = "save the report as .docx or .txt first"
        #expect(reason == .unsupported(kind: "an Excel .xlsx workbook", advice: advice))
    }

    @Test func randomHighBytesAreUndecodable() {
        var generator = SeededGenerator(seed: 7)
        for length in [64, 300, 4_000] {
            let noise = Data((0..<length).map { _ in UInt8.random(in: 0x80...0xFF, using: &generator) })
            let failure = error(reading: scratch.write(noise, as: "noise-\(length).txt"))
            guard case .undecodable(let damage)? = failure?.reason else {
                Issue.record("noise of \(length) bytes was read: \(String(describing: failure))")
                continue
            }
            // The refusal says how much is invalid and where the first bad byte is.
            #expect(damage.map { !$0.isFew && $0.places.first?.line == 1 } == true)
            #expect(failure?.description.contains("the first at byte") == true)
        }
    }

    @Test func pageWithoutVisibleTextHoldsNoText() {
        let html = "<!DOCTYPE html><html><head><title>空</title></head><body><script>var a = '法治';</script>"
            + "<div class=\"nav\">首页</div></body></html>"
        #expect(error(reading: scratch.write(Data(html.utf8), as: "blank.html"))?.reason == .noText)
    }

    @Test func standardInputIsNamedInMessages() {
        let failure = InputError(file: InputReader.standardInputName, reason: .empty)
        #expect(failure.description == "standard input: is empty")
        #expect(throws: failure) { try InputReader.decode(data: Data(), name: "-") }
    }
}
