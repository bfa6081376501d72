import Foundation
import Testing

/// The real thing: `fazhi serve` (the built binary) on an ingested database, driven by headless
/// Chromium through chromedriver (Scripts/browser_test.py). Screenshots go to .build/screenshots.
@Suite(.serialized)
struct BrowserTests {
    @Test func browserListsOpensSearchesComparesAndUploads() async throws {
        let root = PortalFixture.packageRoot
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("demo.sqlite").path
        let ingest = try Binary.run(["ingest", "--db", db, "--quiet", "samples"])
        #expect(ingest.status == 0, "\(ingest.output)")
        // A report the corpus does not hold yet, to upload.
        let synth = try Binary.run(["synth", "--count", "1", "--seed", "7", "--out", dir.appendingPathComponent("new").path])
        #expect(synth.status == 0, "\(synth.output)")
        let upload = try #require(FileManager.default.enumerator(atPath: dir.appendingPathComponent("new").path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".txt") || $0.hasSuffix(".html") || $0.hasSuffix(".docx") })

        let server = try Server(db: db, token: "browser-token")
        defer { server.stop() }
        let shots = root.appendingPathComponent(".build/screenshots").path
        let script = root.appendingPathComponent("Tests/FazhiServerTests/Scripts/browser_test.py").path
        let run = try Python.run(["-u", script, server.url, shots, dir.appendingPathComponent("new/\(upload)").path, "browser-token"])
        print(run.output)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("browser test passed"))
        for name in ["01-list.png", "02-report.png", "04-search.png", "05-compare.png", "06-upload-saved.png"] {
            #expect(FileManager.default.fileExists(atPath: shots + "/" + name))
        }
        print("screenshots: \(shots)")
    }
}

/// The built `fazhi` binary.
enum Binary {
    static var path: String {
        let bundle = Bundle.main.bundleURL
        for dir in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("fazhi")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate.path }
        }
        return PortalFixture.packageRoot.appendingPathComponent(".build/debug/fazhi").path
    }

    static func run(_ arguments: [String]) throws -> Python.Run {
        try Python.run(URL(fileURLWithPath: path), arguments, in: PortalFixture.packageRoot)
    }
}

/// `fazhi serve --port 0` in the background; its URL read from the line it prints when listening.
final class Server: @unchecked Sendable {
    let process = Process()
    let url: String

    /// `options`: more of serve's options (`--drain 2`); `environment`: more variables.
    init(db: String, token: String, options: [String] = [], environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: Binary.path)
        process.arguments = ["serve", "--db", db, "--port", "0"] + options
        process.environment = ProcessInfo.processInfo.environment.merging(["FAZHI_TOKEN": token]) { $1 }.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var buffer = Data()
        var found: String?
        let deadline = Date().addingTimeInterval(60)
        while found == nil, Date() < deadline {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            buffer += chunk
            let text = String(decoding: buffer, as: UTF8.self)
            if let start = text.range(of: "http://"), let end = text[start.lowerBound...].firstIndex(where: { $0 == "\n" || $0 == " " }) {
                found = String(text[start.lowerBound..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            }
        }
        guard let found else {
            process.terminate()
            throw PortalFixture.Failure("fazhi serve did not start: \(String(decoding: buffer, as: UTF8.self))")
        }
        url = found
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
