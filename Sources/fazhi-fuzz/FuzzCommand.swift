import ArgumentParser
import FazhiFuzz
import Foundation

/// `fazhi-fuzz`: runs the fuzz targets in watched worker processes for a time or a number of
/// executions, and keeps every input that crashed or hung in the regression folder.
@main
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fazhi-fuzz",
        abstract: "Fuzz Fazhi's readers and passes; keep each input that crashes or hangs (docs/fuzzing.md).",
        subcommands: [Campaign.self, WorkerCommand.self, Replay.self, ListTargets.self],
        defaultSubcommand: Campaign.self)
}

/// The repository root: where the seeds are read from.
struct RootOption: ParsableArguments {
    @Option(help: "The repository root (seeds: samples/, data/eval/real/, test fixtures).")
    var root: String = FileManager.default.currentDirectoryPath

    var url: URL { URL(fileURLWithPath: root) }
}

struct ListTargets: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the targets.")

    func run() {
        for target in FuzzTarget.all { print("\(target.name)\t\(target.about)") }
    }
}

/// Runs executions in this process, printing the next index every ``Worker/heartbeat`` executions.
struct WorkerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "worker", abstract: "Run a block of executions (internal).")

    @Argument var target: String
    @Option var seed: UInt64 = 1
    @Option var start: UInt64 = 0
    @Option var count: UInt64 = 1
    @OptionGroup var root: RootOption

    func run() throws {
        guard let target = FuzzTarget.named(target) else { throw ValidationError("no target \(self.target)") }
        let fuzz = FuzzRun(target: target, corpus: SeedCorpus(root: root.url), seed: seed)
        var index = start
        while index < start + count {
            let end = min(start + count, index + Worker.heartbeat)
            fuzz.run(index..<end)
            index = end
            print(index)
            fflush(nil)
        }
    }
}

/// Runs the inputs of a regression folder (or single files) through their target.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "replay", abstract: "Run saved inputs through a target.")

    @Argument var target: String
    @Argument(help: "Input files.") var files: [String]

    func run() throws {
        guard let target = FuzzTarget.named(target) else { throw ValidationError("no target \(self.target)") }
        for file in files {
            target.run([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
            print("\(file): returned")
        }
    }
}
