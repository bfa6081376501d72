import ArgumentParser
import FazhiCore
import FazhiFormats

/// `fazhi text FILE`: the readable text Fazhi analyzes (decoded, markup and site chrome removed).
struct TextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Print the decoded, readable text of a report (what the analysis's ranges index).")

    @Argument(help: "A report file, or - for standard input.")
    var file: String

    @Option(help: "Largest input accepted, in bytes.")
    var maxSize: Int = 20_000_000

    func run() throws {
        do {
            let options = DocumentReader.Options(progress: OCRProgress.bar(for: file))
            let document = try DocumentReader.decode(data: InputReader.bytes(path: file, maxBytes: maxSize), name: file, options: options)
            Standard.out(document.text.hasSuffix("\n") ? document.text : document.text + "\n")
        } catch {
            Standard.err("fazhi: \(error)")
            throw ExitCode(1)
        }
    }
}
