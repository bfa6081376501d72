import Foundation
import Testing

/// A damaged .docx among good reports, as a user meets it: `analyze` and `ingest` report that file
/// in one line and go on; a re-run does not die either.
struct DamagedInputCommandTests {
    /// 52 bytes: an empty local header and an end record whose central directory lies past the end.
    static let brokenZip = Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
        + [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0xE8, 0x03, 0, 0, 0, 0])

    /// A folder holding samples 001 and 002 with the broken zip between them as `bad.docx` and `bad.txt`.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-damaged-\(UUID().uuidString)")
        let folder = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let samples = CLI.packageRoot.appendingPathComponent("samples")
        for name in try FileManager.default.contentsOfDirectory(atPath: samples.path)
        where name.hasPrefix("001") || name.hasPrefix("002") {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try brokenZip.write(to: folder.appendingPathComponent("bad.docx"))
        try brokenZip.write(to: folder.appendingPathComponent("bad.txt"))
        return dir
    }

    @Test func analyzeReportsTheBrokenFileAndPrintsTheOthers() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("in").path).sorted()
            .map { dir.appendingPathComponent("in/\($0)").path }
        let run = try CLI.run(["analyze", "--format", "json"] + files)
        #expect(run.status == 1)
        let errors = run.stderr.split(separator: "\n").map(String.init)
        #expect(errors.contains { $0.contains("bad.docx: is not a readable .docx") && $0.contains("central directory") })
        #expect(errors.contains { $0.contains("bad.txt: is a damaged zip archive") })
        #expect(errors.last?.contains("2 of 4 files analyzed") == true, "\(run.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
    }

    @Test func ingestStoresTheRestAndARerunDoesNotDie() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        let first = try CLI.run(["ingest", "--db", db, dir.appendingPathComponent("in").path])
        #expect(first.status == 1)
        #expect(first.stderr.contains("bad.docx") && first.stderr.contains("bad.txt"), "\(first.stderr)")
        #expect(first.stderr.contains("2 stored"), "\(first.stderr)")
        let again = try CLI.run(["ingest", "--db", db, dir.appendingPathComponent("in").path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("0 stored, 2 already stored"), "\(again.stderr)")
    }
}
