import ArgumentParser
import FazhiCore
import FazhiDraft
import Foundation

/// `fazhi bench scaling`: how the time of an analysis or a draft grows with its input.
///
/// Each row builds its input at 1×, 4× and 16× its size and times, in this process, what
/// `fazhi analyze --format json` does with it (decode, analyze, write the JSON) or what `fazhi draft
/// -o x.docx` does with a ledger (read, compose, write the .docx, read it back and analyze it). A
/// linear stage costs 16× at 16× the size; a row passes when 16× costs at most 20× the time of 1×.
struct ScalingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling",
        abstract: "Time analysis and drafting at 1×, 4× and 16× the input: 16× must cost at most 20× the time of 1×.")

    @Option(help: "Folder of sample reports (the report-text row joins them).")
    var samples: String = "samples"

    @Option(help: "The ledger whose measures the drafting row repeats.")
    var ledger: String = "samples/ledgers/wuqing-2023.yaml"

    @Option(help: "Multiplies every row's 1× size (e.g. 0.25 for a quick look).")
    var scale: Double = 1

    @Option(help: "Timed runs of each size (the fastest is kept: noise on a shared machine only adds time).")
    var runs: Int = 2

    @Option(help: "Only the rows whose name contains one of these words (comma-separated): report, sentence, line, headings, ledger.")
    var rows: String?

    @Option(help: "Time another fazhi binary instead, as whole processes (`analyze --format json FILE`, `draft LEDGER -o OUT.docx --force`): to measure a build from before a change.")
    var binary: String?

    @Flag(help: "Print the results as JSON.")
    var json = false

    static let factors = [1, 4, 16]
    /// The most 16× may cost, as a multiple of 1×.
    static let limit = 20.0

    func run() throws {
        defer { try? FileManager.default.removeItem(atPath: Self.processDirectory) }
        let wanted = rows.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        var results: [ScalingResult] = []
        for row in try rowsToRun() where wanted.map({ w in w.contains { row.name.contains($0) } }) ?? true {
            var seconds: [Double] = []
            var sizes: [Int] = []
            for factor in Self.factors {
                let input = try row.make(factor)
                sizes.append(input.bytes)
                var best = Double.infinity
                let work = try binary.map { try input.process($0) } ?? input.work
                for _ in 0..<max(1, runs) { best = min(best, try Self.time(work)) }
                seconds.append(best)
            }
            let result = ScalingResult(row: row.name, unit: row.unit, counts: Self.factors.map { $0 * row.base },
                                       bytes: sizes, seconds: seconds)
            results.append(result)
            if !json { Standard.out(result.line(limit: Self.limit) + "\n") }
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            Standard.out(String(decoding: try encoder.encode(results), as: UTF8.self) + "\n")
        } else {
            let how = binary.map { "\($0) as whole processes" } ?? "in-process"
            Standard.out("(\(how), wall clock, the fastest of \(max(1, runs)) runs; a row passes when 16× costs at most \(Int(Self.limit))× the time of 1×)\n")
        }
    }

    /// One input, made and ready to time.
    struct Input {
        /// The input file's bytes and the subcommand that reads it (`analyze` or `draft`).
        var data: Data
        var drafts: Bool
        var work: () throws -> Void

        var bytes: Int { data.count }

        /// The same work done by `binary` as a process, on the input written to a temporary file.
        func process(_ binary: String) throws -> () throws -> Void {
            let dir = ScalingBench.processDirectory
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let path = dir + (drafts ? "/ledger.yaml" : "/report.txt")
            try data.write(to: URL(fileURLWithPath: path))
            let command = drafts ? [binary, "draft", path, "-o", dir + "/draft.docx", "--force"]
                                 : [binary, "analyze", "--format", "json", path]
            return { _ = try BenchTimer.time(command) }
        }
    }

    struct Row {
        var name: String
        /// What the size counts, and how many of it 1× holds.
        var unit: String
        var base: Int
        var make: (Int) throws -> Input
    }

    func rowsToRun() throws -> [Row] {
        func n(_ base: Int) -> Int { max(1, Int((Double(base) * scale).rounded())) }
        let copies = n(1)
        let clauses = n(1_000)
        let lineClauses = n(500)
        let parts = n(100)
        let measures = n(500)
        return [
            Row(name: "report text", unit: "copies of the samples", base: copies) { f in
                Self.analysis(try ScalingInputs.reportText(samples: samples, times: f * copies))
            },
            Row(name: "figures, two a sentence", unit: "figures", base: clauses) { f in
                Self.analysis(ScalingInputs.figureSentences(clauses: f * clauses))
            },
            Row(name: "figures, one comma-separated line", unit: "figures", base: lineClauses) { f in
                Self.analysis(ScalingInputs.figureLine(clauses: f * lineClauses))
            },
            Row(name: "headings", unit: "headings", base: parts * 7) { f in
                Self.analysis(ScalingInputs.headings(parts: f * parts))
            },
            Row(name: "ledger measures, drafted to .docx", unit: "measures", base: measures) { f in
                let text = try ScalingInputs.ledger(ledger, measures: f * measures)
                return Input(data: Data(text.utf8), drafts: true) {
                    _ = try Drafter().draft(ledgerText: text, name: "scaling.yaml", format: .docx)
                }
            },
        ]
    }

    /// What `fazhi analyze --format json` does with `text` as a file's bytes.
    static func analysis(_ text: String) -> Input {
        let data = Data(text.utf8)
        return Input(data: data, drafts: false) {
            let document = try InputReader.decode(data: data, name: "scaling.txt")
            _ = Analyzer().analyze(document).json()
        }
    }

    /// Where `--binary` runs read their inputs and write their drafts (removed at the end).
    static let processDirectory = NSTemporaryDirectory() + "fazhi-scaling-\(getpid())"

    static func time(_ work: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try work()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}

/// One row of `fazhi bench scaling`: the sizes and times at 1×, 4× and 16×.
struct ScalingResult: Codable {
    var row: String
    var unit: String
    var counts: [Int]
    var bytes: [Int]
    var seconds: [Double]

    /// 16×'s time over 1×'s.
    var ratio: Double { seconds[seconds.count - 1] / max(seconds[0], 1e-9) }

    func line(limit: Double) -> String {
        let verdict = ratio <= limit ? "ok (at most \(Int(limit))×)" : "SUPER-LINEAR (over \(Int(limit))×)"
        let kb = bytes.map { String(format: "%.0f KB", Double($0) / 1024) }.joined(separator: " / ")
        let times = seconds.map { String(format: "%.3f s", $0) }.joined(separator: " / ")
        return String(format: "%@ 1×/4×/16× = %@ %@ (%@): %@   16×/1× = %.1f×  %@",
                      row.padding(toLength: 34, withPad: " ", startingAt: 0) as NSString, counts.map(String.init).joined(separator: " / ") as NSString, unit as NSString,
                      kb as NSString, times as NSString, ratio, verdict as NSString)
    }
}
