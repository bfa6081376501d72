import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi analyze FILE...`: the analysis of each report, as text, JSON or Markdown.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Analyze reports: metadata, parts, figures and findings.",
        discussion: """
            FILE may be plain text, an HTML page or a .docx, in UTF-8, UTF-16, GB18030/GBK or Big5, \
            simplified or traditional script; - reads standard input. With several files, a file that \
            cannot be read is reported and the others are still analyzed; the exit code is then 1.
            """)

    @Argument(help: "Report files (text, HTML, .docx), or - for standard input.")
    var files: [String]

    @Option(name: .shortAndLong, help: "Output format: text, json or markdown.")
    var format: OutputFormat = .text

    @Option(help: "Largest input accepted, in bytes.")
    var maxSize: Int = 20_000_000

    func run() throws {
        let analyzer = Analyzer()
        var failures: [String] = []
        var jsonObjects: [Data] = []
        for (index, file) in files.enumerated() {
            let document: SourceDocument
            do {
                document = try InputReader.read(path: file, maxBytes: maxSize)
            } catch {
                failures.append("\(error)")
                Standard.err("fazhi: \(error)")
                continue
            }
            let analysis = analyzer.analyze(document)
            switch format {
            case .json:
                jsonObjects.append(try analysis.jsonData())
            case .text:
                if index > 0 { Standard.out("\n") }
                Standard.out(TextReport(analysis, original: document.original).render())
            case .markdown:
                if index > 0 { Standard.out("\n") }
                Standard.out(MarkdownReport(analysis).render())
            }
        }
        if format == .json {
            if files.count == 1, let only = jsonObjects.first {
                Standard.out(String(decoding: only, as: UTF8.self) + "\n")
            } else {
                Standard.out("[\n" + jsonObjects.map { String(decoding: $0, as: UTF8.self) }.joined(separator: ",\n") + "\n]\n")
            }
        }
        if !failures.isEmpty {
            if files.count > 1 {
                Standard.err("fazhi: \(files.count - failures.count) of \(files.count) files analyzed; \(failures.count) could not be read")
            }
            throw ExitCode(1)
        }
    }
}
