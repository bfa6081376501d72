import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi synth --count N --out DIR`: a corpus of synthetic reports and its ground truth.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a corpus of synthetic reports with their ground truth, for tests and benchmarks.",
        discussion: """
            Reports are composed from the phrase banks of synth.json for real divisions of the \
            gazetteer: every level (province, city, county, township, department), report years \
            2016–2025, varied structure (heading styles, missing and reordered parts, shortcomings \
            inside the measures), catalog figures at each level's magnitude, number traps, \
            simplified and traditional script (OpenCC s2t, s2tw, s2twp), UTF-8 (with or without \
            BOM), UTF-16, GB18030 and Big5, plain text, government web pages with their chrome, and \
            .docx; some reports are late, contradict their own rates, get the plan year wrong or \
            copy another's shortcomings. Files go in subfolders of at most 1000 \
            (DIR/000/r000000.txt …); DIR/manifest.jsonl holds one JSON object per report with \
            what it planted: metadata, parts, figures and the findings it should draw. The same \
            --seed writes the same bytes, whatever --jobs. Existing files of the same names are \
            overwritten.
            """)

    @Option(help: "Number of reports to write.")
    var count: Int

    @Option(help: "Folder to write the corpus to (created if missing).")
    var out: String

    @Option(help: "Seed of the generator: the same seed writes the same corpus.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "Reports generated at once (default: one per processor).")
    var jobs: Int = Parallel.processors

    func validate() throws {
        if count < 1 { throw ValidationError("--count must be at least 1") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// What writing one report gave: its manifest line and figures for the summary, or an error.
    enum Outcome: Sendable {
        case written(line: [UInt8], bytes: Int, truth: SynthTruth)
        case failed(String)
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let root = URL(fileURLWithPath: out)
        do {
            try SynthOutput.prepare(root, folders: (count - 1) / SynthCorpus.folderSize + 1)
        } catch {
            Standard.err("fazhi: \(error)")
            throw ExitCode(1)
        }
        let corpus: SynthCorpus
        do {
            corpus = try SynthCorpus(seed: seed)
        } catch {
            Standard.err("fazhi: cannot start the generator: \(error)")
            throw ExitCode(1)
        }
        let manifestURL = root.appendingPathComponent("manifest.jsonl")
        guard FileManager.default.createFile(atPath: manifestURL.path, contents: nil),
              let manifest = try? FileHandle(forWritingTo: manifestURL) else {
            Standard.err("fazhi: cannot write \(manifestURL.path)")
            throw ExitCode(1)
        }
        defer { try? manifest.close() }

        var summary = SynthOutput.Summary()
        var failures: [String] = []
        let window = max(256, jobs * 64)
        var start = 0
        while start < count {
            let outcomes = Parallel.map(Array(start..<min(start + window, count)), jobs: jobs) { index in
                Self.write(index, of: corpus, under: root)
            }
            var lines: [UInt8] = []
            for outcome in outcomes {
                switch outcome {
                case .written(let line, let bytes, let truth):
                    lines += line
                    lines.append(0x0A)
                    summary.add(truth, bytes: bytes)
                case .failed(let message):
                    failures.append(message)
                }
            }
            manifest.write(Data(lines))
            start += window
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        for message in failures.prefix(20) { Standard.err("fazhi: \(message)") }
        Standard.out(summary.line(folder: out, seconds: seconds, manifest: manifestURL.path) + "\n")
        if !failures.isEmpty {
            Standard.err("fazhi: \(failures.count) of \(count) reports could not be written")
            throw ExitCode(1)
        }
    }

    static func write(_ index: Int, of corpus: SynthCorpus, under root: URL) -> Outcome {
        let report: SynthReport
        do {
            report = try corpus.report(index)
        } catch {
            return .failed("cannot write \(root.appendingPathComponent(error.path).path): \(error.reason)")
        }
        let url = root.appendingPathComponent(report.path)
        do {
            try SynthOutput.write(report.data, to: url.path)
        } catch {
            return .failed("cannot write \(url.path): \(error)")
        }
        return .written(line: report.truth.jsonLine(), bytes: report.data.count, truth: report.truth)
    }
}
