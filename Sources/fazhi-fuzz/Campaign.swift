import ArgumentParser
import FazhiFuzz
import Foundation

/// The fuzzing campaign: each target for `--seconds` (or `--runs` executions) in blocks run by
/// watched workers; a crash or hang is narrowed down to its one input, which is saved as
/// `<regressions>/<target>/seed<S>-<index>.bin`, and the campaign goes on after it.
struct Campaign: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Fuzz the targets (the default).")

    @Option(help: "Comma-separated targets (default: all; see `fazhi-fuzz list`).")
    var targets: String?
    @Option(help: "Seconds per target.") var seconds: Double = 60
    @Option(help: "Executions per target (instead of a time).") var runs: UInt64?
    @Option(help: "The seed of the run: the same seed gives the same inputs.") var seed: UInt64 = 1
    @Option(help: "Seconds without progress that count as a hang.") var timeout: Double = 30
    @Option(help: "Executions per worker process.") var block: UInt64 = 100_000
    @Option(help: "Where inputs that crashed or hung are saved.") var regressions = "Tests/FuzzRegressions"
    @OptionGroup var root: RootOption

    func run() throws {
        let names = targets.map { $0.split(separator: ",").map(String.init) } ?? FuzzTarget.all.map(\.name)
        let worker = Worker(executable: URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(), root: root.url)
        var total: UInt64 = 0
        var failures = 0
        for name in names {
            guard let target = FuzzTarget.named(name) else { throw ValidationError("no target \(name)") }
            let began = Date()
            var next: UInt64 = 0
            var found = 0
            while runs.map({ next < $0 }) ?? (Date().timeIntervalSince(began) < seconds) {
                let count = min(block, runs.map { $0 - next } ?? block)
                switch try worker.run(target: name, seed: seed, start: next, count: count, timeout: timeout) {
                case .finished:
                    next += count
                case .crashed(let reached, _), .hung(let reached):
                    let culprit = try narrow(worker, target: target, from: reached, to: next + count)
                    found += 1
                    next = culprit + 1
                }
            }
            let elapsed = Date().timeIntervalSince(began)
            print("\(name): \(next) executions in \(String(format: "%.0f", elapsed)) s "
                  + "(\(String(format: "%.0f", Double(next) / max(elapsed, 0.001)))/s), \(found) crashing or hanging input(s)")
            fflush(nil)
            total += next
            failures += found
        }
        print("total: \(total) executions, \(failures) crashing or hanging input(s)")
        if failures > 0 { throw ExitCode(1) }
    }

    /// Finds the first input in `from..<to` that crashes or hangs on its own, saves it, and returns its index.
    private func narrow(_ worker: Worker, target: FuzzTarget, from: UInt64, to: UInt64) throws -> UInt64 {
        let fuzz = FuzzRun(target: target, corpus: SeedCorpus(root: root.url), seed: seed)
        for index in from..<min(to, from + Worker.heartbeat) {
            let outcome = try worker.run(target: target.name, seed: seed, start: index, count: 1, timeout: timeout)
            guard outcome != .finished else { continue }
            let folder = URL(fileURLWithPath: regressions).appendingPathComponent(target.name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("seed\(seed)-\(index).bin")
            try Data(fuzz.input(index)).write(to: file)
            let what: String
            if case .hung = outcome { what = "hung" } else { what = "crashed" }
            print("\(target.name): execution \(index) \(what); saved \(file.path)")
            return index
        }
        // Not reproducible alone (it needed the state of the run): go on after the block.
        print("\(target.name): a failure in executions \(from)..<\(to) did not reproduce alone")
        return min(to, from + Worker.heartbeat) - 1
    }
}
