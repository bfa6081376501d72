import Foundation
import Testing

/// `fazhi synth` run as a user runs it: a corpus and its manifest, the same again for the same
/// seed, clear errors for a bad folder or count, and a corpus `fazhi ingest` takes in.
struct SynthCommandTests {
    static func temporaryFolder(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-synth-\(name)-\(UUID().uuidString)")
    }

    /// Every file of a folder, by relative path, with its bytes.
    static func contents(of folder: URL) throws -> [String: Data] {
        let fm = FileManager.default
        var files: [String: Data] = [:]
        for sub in try fm.contentsOfDirectory(atPath: folder.path) {
            let url = folder.appendingPathComponent(sub)
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
                for name in try fm.contentsOfDirectory(atPath: url.path) {
                    files["\(sub)/\(name)"] = try Data(contentsOf: url.appendingPathComponent(name))
                }
            } else {
                files[sub] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func writesReportsAndOneManifestLineEach() throws {
        let out = Self.temporaryFolder("corpus")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try CLI.run(["synth", "--count", "40", "--out", out.path, "--seed", "9"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("wrote 40 reports"), "\(run.stdout)")
        let manifest = try String(contentsOf: out.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        let lines = manifest.split(separator: "\n")
        #expect(lines.count == 40)
        for line in lines {
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let file = try #require(entry["file"] as? String)
            let bytes = try Data(contentsOf: out.appendingPathComponent(file))
            #expect(bytes.count == entry["bytes"] as? Int)
            #expect(entry["jurisdiction"] is String && entry["reportYear"] is Int && entry["defects"] is [Any])
        }
    }

    @Test func sameSeedWritesTheSameFilesWithAnyNumberOfJobs() throws {
        let a = Self.temporaryFolder("a"), b = Self.temporaryFolder("b")
        defer {
            try? FileManager.default.removeItem(at: a)
            try? FileManager.default.removeItem(at: b)
        }
        #expect(try CLI.run(["synth", "--count", "60", "--out", a.path, "--seed", "3", "--jobs", "1"]).status == 0)
        #expect(try CLI.run(["synth", "--count", "60", "--out", b.path, "--seed", "3", "--jobs", "4"]).status == 0)
        let first = try Self.contents(of: a), second = try Self.contents(of: b)
        #expect(first.count == 61)
        #expect(first == second)
    }

    @Test func refusesAFileAsTheOutputFolder() throws {
        let file = Self.temporaryFolder("file")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let run = try CLI.run(["synth", "--count", "3", "--out", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(file.path) exists and is not a folder"), "\(run.stderr)")
    }

    @Test func refusesACountBelowOne() throws {
        let run = try CLI.run(["synth", "--count", "0", "--out", Self.temporaryFolder("zero").path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--count must be at least 1"), "\(run.stderr)")
    }

    @Test func ingestTakesTheWholeCorpus() throws {
        let out = Self.temporaryFolder("ingest")
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(try CLI.run(["synth", "--count", "25", "--out", out.path, "--seed", "5"]).status == 0)
        let db = out.appendingPathComponent("c.sqlite").path
        let ingest = try CLI.run(["ingest", "--db", db, "--quiet", out.appendingPathComponent("000").path])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let list = try CLI.run(["list", "--db", db, "--format", "json"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [Any])
        #expect(rows.count >= 24, "\(list.stdout.prefix(300))")
    }
}
