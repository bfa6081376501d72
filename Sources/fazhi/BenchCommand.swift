import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi bench`: the analyzer's throughput, side by side with `opencc -c t2s` on the same text.
///
/// Builds two corpora of at least `--megabytes` each from the sample reports (simplified, and the
/// same reports in traditional script converted with OpenCC `s2t`, plus the traditional sample),
/// then times, as whole processes and in turn, `fazhi analyze --format json` over the corpus' files
/// and `opencc -c t2s` over the same text in one file. Reports MB/s, reports/s and the ratio.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmarks: the analyzer against opencc, the corpus' ingest and search, scaling with input size.",
        subcommands: [AnalyzerBench.self, CorpusBench.self, ScalingBench.self, FormatsBench.self],
        defaultSubcommand: AnalyzerBench.self)
}

struct AnalyzerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyzer",
        abstract: "Measure analyzer throughput against `opencc -c t2s` on the same text.")

    @Option(help: "Folder of sample reports to build the corpora from.")
    var samples: String = "samples"

    @Option(help: "Size of each corpus, in megabytes (UTF-8).")
    var megabytes: Double = 10

    @Option(help: "Timed runs of each command (the median is reported).")
    var runs: Int = 3

    @Option(help: "Where to write the corpora (default: a temporary folder).")
    var workdir: String?

    @Flag(help: "Print the results as JSON.")
    var json = false

    func run() throws {
        let dir = URL(fileURLWithPath: workdir ?? NSTemporaryDirectory()).appendingPathComponent("fazhi-bench")
        let corpora = try BenchCorpus.build(samples: samples, into: dir, megabytes: megabytes)
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        var results: [BenchResult] = []
        let jobCounts = Parallel.processors > 1 ? [1, Parallel.processors] : [1]
        for corpus in corpora {
            for jobs in jobCounts {
                let analyze = [me, "analyze", "--format", "json", "--jobs", String(jobs)] + corpus.files
                let opencc = ["opencc", "-c", "t2s", "-i", corpus.joined, "-o", "/dev/null"]
                let (a, b) = try BenchTimer.alternate(analyze, opencc, runs: runs)
                results.append(BenchResult(corpus: corpus.name, jobs: jobs, bytes: corpus.bytes,
                                           reports: corpus.files.count, analyzeSeconds: a, openccSeconds: b))
            }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Standard.out(String(decoding: try encoder.encode(results), as: UTF8.self) + "\n")
        } else {
            Standard.out(BenchResult.table(results))
        }
    }
}
