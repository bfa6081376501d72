import Foundation
import Testing
@testable import FazhiCore

struct StreamReadingTests {
    /// A pipe holding `bytes`, its writing end closed, as standard input would be.
    func pipe(_ bytes: Data) throws -> FileHandle {
        let pipe = Pipe()
        try pipe.fileHandleForWriting.write(contentsOf: bytes)
        try pipe.fileHandleForWriting.close()
        return pipe.fileHandleForReading
    }

    @Test func streamIsReadToItsEnd() throws {
        let bytes = try #require(TextEncoding.gb18030.encode(InputSamples.text("000")))
        let data = try InputBytes.read(from: try pipe(bytes), name: InputReader.standardInputName, maxBytes: 100_000)
        #expect(data == bytes)
        #expect(try InputReader.decode(data: data, name: "-").name == "-")
    }

    @Test func streamOverTheLimitStopsEarly() throws {
        let handle = try pipe(Data(repeating: 0x41, count: 5_000))
        let failure = #expect(throws: InputError.self) {
            try InputBytes.read(from: handle, name: "standard input", maxBytes: 1_000)
        }
        guard case .tooLarge(let bytes, 1_000)? = failure?.reason else {
            Issue.record("expected .tooLarge, got \(String(describing: failure))")
            return
        }
        #expect(bytes > 1_000)
    }

    @Test func fileIsReadByPath() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/input/000.gb18030.txt", withExtension: nil))
        let document = try InputReader.read(path: url.path)
        #expect(document.name == url.path)
        #expect(document.encoding == "gb18030")
        #expect(document.original == InputSamples.text("000"))
    }
}
