import FazhiCore
import FazhiFuzz
import Foundation
import Testing

/// Every fuzz target, run for a fixed number of executions from a fixed seed (the same inputs on
/// every run, so CI never depends on luck or time), and every input that ever crashed or hung,
/// replayed.
struct FuzzTargetTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let corpus = SeedCorpus(root: root)
    /// Executions per target in `make test` (`FAZHI_FUZZ_RUNS` overrides).
    static let runs = UInt64(ProcessInfo.processInfo.environment["FAZHI_FUZZ_RUNS"] ?? "") ?? 1_500

    /// The built `fazhi-fuzz` next to the test bundle.
    static var fuzzer: URL {
        let bundle = Bundle.main.bundleURL
        for dir in [bundle, bundle.deletingLastPathComponent()] {
            let candidate = dir.appendingPathComponent("fazhi-fuzz")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return root.appendingPathComponent(".build/debug/fazhi-fuzz")
    }

    /// Each target's executions run in `fazhi-fuzz` worker processes, not in this one: a crash is
    /// then a failed test naming the input it saved, not the end of the whole suite. The watchdog's
    /// timeout is set far beyond any execution, so no result depends on the machine's speed.
    @Test(arguments: FuzzTarget.all.map(\.name))
    func targetSurvivesItsMutatedSeeds(name: String) throws {
        let regressions = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-fuzz-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: regressions) }
        let process = Process()
        process.executableURL = Self.fuzzer
        process.arguments = ["run", "--targets", name, "--runs", String(Self.runs), "--seed", "1", "--timeout", "3600",
                             "--root", Self.root.path, "--regressions", regressions.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("\(name): \(Self.runs) executions"), "\(output)")
        #expect(output.contains("0 crashing or hanging input(s)"), "\(output)")
    }

    @Test(arguments: FuzzTarget.all.map(\.name))
    func inputsAreReproducibleAndMutated(name: String) throws {
        let target = try #require(FuzzTarget.named(name))
        let run = FuzzRun(target: target, corpus: Self.corpus, seed: 7)
        let seeds = Set(target.seeds(Self.corpus))
        let inputs = (0..<UInt64(50)).map(run.input)
        #expect(inputs == (0..<UInt64(50)).map(run.input))
        #expect(inputs.filter { !seeds.contains($0) }.count > 40)
    }

    /// The saved inputs of `Tests/FuzzRegressions/<target>/`.
    static let regressions: [(String, URL)] = {
        let folder = root.appendingPathComponent("Tests/FuzzRegressions")
        return FuzzTarget.all.flatMap { target in
            let dir = folder.appendingPathComponent(target.name)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.sorted().map { (target.name, dir.appendingPathComponent($0)) }
        }
    }()

    @Test func regressionFolderIsReplayed() throws {
        #expect(Self.regressions.count >= 2)
        for (name, file) in Self.regressions {
            let target = try #require(FuzzTarget.named(name))
            target.run([UInt8](try Data(contentsOf: file)))
        }
    }

    /// The reader targets' saved inputs are refused in one line naming the file, or read.
    @Test func savedReaderInputsAreRefusedInOneLine() throws {
        for (name, file) in Self.regressions where ["text", "html", "docx"].contains(name) {
            let bytes = try Data(contentsOf: file)
            do {
                _ = try InputReader.decode(data: bytes, name: file.lastPathComponent)
            } catch {
                #expect(error.description.hasPrefix(file.lastPathComponent + ": "))
                #expect(!error.description.contains("\n"))
            }
        }
    }
}
