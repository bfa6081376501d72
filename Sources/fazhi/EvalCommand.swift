import ArgumentParser
import FazhiEval
import Foundation

/// `fazhi eval DIR`: the analyzer scored against a labelled corpus of real reports.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the analyzer against a labelled corpus of real reports (data/eval/real).",
        discussion: """
            DIR holds ID.json labels beside the documents they label (data/eval/README.md). Prints \
            per-field metadata accuracy, figure precision and recall, document-type accuracy, for the \
            development split and the holdout (a fifth, by a hash of the id), then the misses of the \
            splits asked for (--misses; the holdout's are not printed unless asked, so nobody tunes on \
            them). With --gate FILE the exit code is 1 when a metric falls outside its bounds.
            """)

    @Argument(help: "The corpus folder.")
    var directory: String = "data/eval/real"

    @Option(help: "Whose misses to print: dev, holdout, all or none.")
    var misses: String = "dev"

    @Option(help: "At most this many miss lines per split.")
    var maxMisses: Int = 400

    @Option(help: "A gate file (data/eval/gate.json): fail when a metric breaks its bounds.")
    var gate: String?

    @Flag(help: "Print the result as JSON (tallies and every document's score).")
    var json = false

    func validate() throws {
        guard ["dev", "holdout", "all", "none"].contains(misses) else {
            throw ValidationError("--misses takes dev, holdout, all or none (got \(misses))")
        }
    }

    func run() throws {
        let documents: [EvalDocument]
        do {
            documents = try EvalCorpus.load(directory)
        } catch {
            throw ValidationError("\(error)")
        }
        let result = Evaluation().run(documents)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Standard.out(String(decoding: try encoder.encode(result), as: UTF8.self) + "\n")
        } else {
            let splits: [EvalSplit] = switch misses {
            case "dev": [.dev]
            case "holdout": [.holdout]
            case "all": [.dev, .holdout]
            default: []
            }
            Standard.out(result.render(corpus: directory, missesOf: splits, maxMisses: maxMisses))
        }
        if let gate {
            let violations = try EvalGate.load(gate).violations(result)
            if !violations.isEmpty {
                Standard.err("fazhi eval: below the gate (\(gate)):\n" + violations.map { "  \($0)" }.joined(separator: "\n"))
                throw ExitCode(1)
            }
            Standard.err("fazhi eval: every metric within the gate (\(gate))")
        }
    }
}
