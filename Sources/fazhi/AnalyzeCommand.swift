import ArgumentParser
import FazhiCore
import FazhiWorker
import Foundation

/// `fazhi analyze FILE...`: the analysis of each report, as text, JSON or Markdown.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze reports: metadata, parts, figures and findings.",
        discussion: """
            FILE may be plain text, an HTML page or a .docx, in UTF-8, UTF-16, GB18030/GBK or Big5, \
            simplified or traditional script; - reads standard input. With several files, a file that \
            cannot be read is reported and the others are still analyzed; the exit code is then 1. \
            Several files are analyzed in parallel (--jobs); output keeps the order of the arguments. \
            Each file is analyzed in a worker process under a time and a memory budget: a file over \
            one, or one that crashes the analyzer, is reported in one line and skipped (docs/budgets.md).
            """)

    @Argument(help: "Report files (text, HTML, .docx), or - for standard input.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    @Option(help: "Largest input accepted, in bytes.")
    var maxSize: Int = 20_000_000

    @Option(name: .shortAndLong, help: "Files analyzed at once (default: one per processor).")
    var jobs: Int = Parallel.processors

    @Option(help: "The date the report was published (YYYY-MM-DD), when the file does not say it.")
    var published: String?

    @OptionGroup var budgets: BudgetOptions

    func validate() throws {
        if let published, !Self.isISODate(published) {
            throw ValidationError("--published takes a date as YYYY-MM-DD, e.g. 2024-03-28 (got \(published))")
        }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return false }
        return (1990...2100).contains(y) && (1...12).contains(m) && (1...31).contains(d)
    }

    /// What one file gave: its rendered output, or why it could not be read.
    enum Outcome: Sendable {
        case rendered(String)
        case failed(String)
    }

    func run() throws {
        let format = self.format
        let maxSize = self.maxSize
        let published = self.published
        let analyst = budgets.analyst(jobs: min(jobs, files.count))
        defer { analyst.stop() }
        var failures = 0
        var first = true
        if format == .json && files.count > 1 { Standard.out("[\n") }
        // Windows of files: parallel inside a window, printed in order as each window completes.
        let window = max(64, jobs * 16)
        var start = 0
        while start < files.count {
            let chunk = Array(files[start..<min(start + window, files.count)])
            let outcomes = Parallel.map(chunk, jobs: jobs) { file in
                Self.process(file, format: format, maxSize: maxSize, published: published, analyst: analyst)
            }
            for outcome in outcomes {
                switch outcome {
                case .failed(let message):
                    failures += 1
                    Standard.err("fazhi: \(message)")
                case .rendered(let output):
                    if !first { Standard.out(format == .json ? ",\n" : "\n") }
                    Standard.out(output)
                    first = false
                }
            }
            start += window
        }
        if format == .json { Standard.out(files.count > 1 ? "\n]\n" : (first ? "" : "\n")) }
        if failures > 0 {
            if files.count > 1 {
                Standard.err("fazhi: \(files.count - failures) of \(files.count) files analyzed; \(failures) could not be read or went over a budget")
            }
            throw ExitCode(1)
        }
    }

    static func process(_ file: String, format: OutputFormat, maxSize: Int, published: String?, analyst: Analyst) -> Outcome {
        let bytes: Data
        do {
            bytes = try InputReader.bytes(path: file, maxBytes: maxSize)
        } catch {
            return .failed("\(error)")
        }
        let request = WorkRequest.render(bytes: bytes, name: file, format: RenderFormat(rawValue: format.rawValue) ?? .text, publishedOn: published)
        switch analyst.perform(request) {
        case .success(.rendered(let output)): return .rendered(output)
        case .success(.refused(let error)): return .failed("\(error)")
        case .success: return .failed("\(file): the analyzer gave an answer of another kind")
        case .failure(let death): return .failed("\(file == "-" ? InputReader.standardInputName : file): \(death); skipped")
        }
    }
}
