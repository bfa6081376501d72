import ArgumentParser
import FazhiCore
import FazhiFormats
import Foundation

/// `fazhi similar A B [C…]`: compares reports part by part and shows the passages they share.
struct SimilarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "similar",
        abstract: "Compare reports part by part and show the passages they share (boilerplate, copies).",
        discussion: """
            Compares every pair of reports, or with --against FILE that report with each of the \
            others, part kind by part kind (measures, shortcomings, leadership, plan, other). For each \
            it prints Jaccard similarity and containment both ways of the parts' eight-character \
            phrases, a verdict (copied at containment >= 0.5, partial at >= 0.1) and the passages \
            they share, with code-point ranges in both files. Punctuation, spaces and script do not \
            matter; formulae every report shares (Resources/boilerplate.json) do not count. A file \
            that cannot be read is reported and the others are still compared; the exit code is then 1.
            """)

    @Argument(help: "Report files (text, HTML, .docx), or - for standard input.")
    var files: [String] = []

    @Option(help: "Compare this report with each of the others (instead of every pair).")
    var against: String?

    /// How `fazhi similar` prints its comparisons.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Part kinds to compare, comma-separated (default: all).")
    var kinds: String?

    @Option(help: "Shortest shared passage shown, in Han characters and digits (stop passages aside).")
    var minLength: Int = 15

    @Option(help: "Largest input accepted, in bytes.")
    var maxSize: Int = 20_000_000

    @Option(name: .shortAndLong, help: "Files analyzed at once (default: one per processor).")
    var jobs: Int = Parallel.processors

    func validate() throws {
        if against == nil && files.count < 2 {
            throw ValidationError("Give at least two reports, or --against FILE and at least one other.")
        }
        if against != nil && files.isEmpty {
            throw ValidationError("Give at least one report to compare with \(against ?? "").")
        }
        if minLength < 1 { throw ValidationError("--min-length must be at least 1.") }
        _ = try partKinds()
    }

    func partKinds() throws -> [PartKind] {
        guard let kinds else { return PartKind.allCases }
        return try kinds.split(separator: ",").map { name in
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard let kind = PartKind(rawValue: trimmed) else {
                let known = PartKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("Unknown part kind '\(trimmed)'; known kinds: \(known).")
            }
            return kind
        }
    }

    func run() throws {
        var options = SimilarityOptions(pairs: try partKinds().map { ($0, $0) })
        options.passages.minimumLength = minLength
        let inputs = (against.map { [$0] } ?? []) + files
        let maxSize = self.maxSize
        let loaded = Parallel.map(inputs, jobs: jobs) { file in Self.load(file, maxSize: maxSize) }
        var reports: [ComparableReport?] = []
        var failures = 0
        for outcome in loaded {
            switch outcome {
            case .success(let report):
                reports.append(report)
            case .failure(let error):
                failures += 1
                reports.append(nil)
                Standard.err("fazhi: \(error.message)")
            }
        }
        var pairs: [(Int, Int)] = []
        if against != nil {
            pairs = reports.indices.dropFirst().filter { inputs[$0] != inputs[0] }.map { (0, $0) }
        } else {
            for i in reports.indices { for j in reports.indices where j > i { pairs.append((i, j)) } }
        }
        var comparisons: [ReportComparison] = []
        for (i, j) in pairs {
            guard let a = reports[i], let b = reports[j] else { continue }
            comparisons.append(try ReportComparison(a, b, options: options))
        }
        switch format {
        case .json:
            Standard.out(String(decoding: ReportComparison.json(comparisons), as: UTF8.self) + "\n")
        case .text:
            Standard.out(SimilarityTextReport(comparisons).render())
        }
        if failures > 0 {
            Standard.err("fazhi: \(inputs.count - failures) of \(inputs.count) files read; \(failures) could not be read")
            throw ExitCode(1)
        }
    }

    struct LoadError: Error {
        var message: String
    }

    static func load(_ file: String, maxSize: Int) -> Result<ComparableReport, LoadError> {
        do {
            let document = try DocumentReader.decode(data: InputReader.bytes(path: file, maxBytes: maxSize), name: file)
            return .success(ComparableReport(analysis: Analyzer().analyze(document), document: document))
        } catch {
            return .failure(LoadError(message: "\(error)"))
        }
    }
}
