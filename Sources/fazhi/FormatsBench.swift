import ArgumentParser
import FazhiCore
import Foundation

/// `fazhi bench formats`: reading PDFs against Poppler's own `pdftotext -layout`, as whole processes
/// on the same file, and whether both give the same characters.
///
/// The PDF is printed by LibreOffice from the sample reports, `--copies` times over, so that it has
/// well over a hundred pages; `fazhi text` (paragraphs, page furniture removed) and `pdftotext
/// -layout` read it in turn, `--runs` times each.
struct FormatsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats",
        abstract: "Measure PDF text extraction against `pdftotext -layout` on the same PDF.")

    @Option(help: "Folder of sample reports to print to PDF.")
    var samples: String = "samples"

    @Option(help: "How many times the samples are repeated in the PDF.")
    var copies: Int = 8

    @Option(help: "Timed runs of each command (the median is reported).")
    var runs: Int = 3

    @Option(help: "Where to write the PDF (default: a temporary folder).")
    var workdir: String?

    @Option(help: "Pages of the PDF to scan (scripts/make-scan.py) and read by OCR; 0 leaves OCR out.")
    var scanPages: Int = 6

    @Option(help: "The python3 that runs scripts/make-scan.py (it needs Pillow).")
    var python: String = "/usr/bin/python3"

    func run() throws {
        let dir = URL(fileURLWithPath: workdir ?? NSTemporaryDirectory()).appendingPathComponent("fazhi-bench-formats")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let pdf = try Self.printedSamples(samples: samples, copies: copies, into: dir)
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
        let fazhi = [me, "text", pdf.path], poppler = ["pdftotext", "-layout", pdf.path, "-"]
        // fazhi first: the peak memory is the largest of all children waited for so far.
        let peak = try BenchTimer.measure(fazhi, standardError: FileHandle.nullDevice).peakBytes
        let (ours, theirs) = try BenchTimer.alternate(fazhi, poppler, runs: runs)
        let same = try Self.characterDifference(try Self.output(fazhi), try Self.output(poppler))
        let pages = try Self.output(["pdfinfo", pdf.path]).split(separator: "\n").first { $0.hasPrefix("Pages:") }
            .flatMap { Int($0.split(separator: " ").last ?? "") } ?? 0
        let a = median(ours), b = median(theirs)
        var out = "text PDF: \(pdf.path) (\(pages) pages, \(FileSize.megabytes(pdf)) MB)\n"
        out += "  fazhi text          \(String(format: "%.3f", a)) s  \(String(format: "%.0f", Double(pages) / a)) pages/s  peak \(peak / 1_048_576) MB\n"
        out += "  pdftotext -layout   \(String(format: "%.3f", b)) s  \(String(format: "%.0f", Double(pages) / b)) pages/s\n"
        out += "  speed ratio (pdftotext time / fazhi time): \(String(format: "%.2f", b / a))\n"
        out += "  characters (blanks aside): \(same == 0 ? "the same" : "\(same) differ")\n"
        if scanPages > 0 { out += try ocr(pdf, me: me, dir: dir) }
        Standard.out(out)
    }

    /// The first `scanPages` pages scanned at 300 dpi, read by `fazhi text` (all processors) and by
    /// the `tesseract` command, one process a processor, on the same page pictures.
    private func ocr(_ pdf: URL, me: String, dir: URL) throws -> String {
        let part = dir.appendingPathComponent("part.pdf")
        _ = try Self.output(["pdfseparate", "-f", "1", "-l", String(scanPages), pdf.path, dir.appendingPathComponent("one-%d.pdf").path])
        _ = try Self.output(["pdfunite"] + (1...scanPages).map { dir.appendingPathComponent("one-\($0).pdf").path } + [part.path])
        let scan = dir.appendingPathComponent("scan")
        _ = try Self.output([python, "scripts/make-scan.py", part.path, scan.path, "300"])
        let pictures = (1...scanPages).map { scan.path + String(format: "-%02d.png", $0) }
        let fazhi = [me, "text", scan.path + ".pdf"]
        let script = #"printf '%s\n' "$@" | xargs -P "$0" -I{} tesseract {} - -l chi_sim --psm 6"#
        let tesseract = ["sh", "-c", script, String(ProcessInfo.processInfo.activeProcessorCount)] + pictures
        let peak = try BenchTimer.measure(fazhi, standardError: FileHandle.nullDevice).peakBytes
        let (ours, theirs) = try BenchTimer.alternate(fazhi, tesseract, runs: runs)
        let a = median(ours), b = median(theirs)
        let perMinute = { (seconds: Double) in String(format: "%.1f", Double(scanPages) * 60 / seconds) }
        var out = "scanned PDF: \(scanPages) pages at 300 dpi, \(ProcessInfo.processInfo.activeProcessorCount) processors\n"
        out += "  fazhi text (OCR)            \(String(format: "%.1f", a)) s  \(perMinute(a)) pages/min  peak \(peak / 1_048_576) MB\n"
        out += "  tesseract -l chi_sim --psm 6  \(String(format: "%.1f", b)) s  \(perMinute(b)) pages/min\n"
        out += "  overhead (fazhi time / tesseract time − 1): \(String(format: "%+.0f", (a / b - 1) * 100))%\n"
        return out
    }

    private func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

    /// The samples, `copies` times over, printed to one PDF by LibreOffice.
    static func printedSamples(samples: String, copies: Int, into dir: URL) throws -> URL {
        let texts = try FileManager.default.contentsOfDirectory(atPath: samples).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOfFile: (samples as NSString).appendingPathComponent($0), encoding: .utf8) }
        guard !texts.isEmpty else { throw BenchError("no .txt samples in \(samples)") }
        let source = dir.appendingPathComponent("samples.txt")
        try Array(repeating: texts.joined(separator: "\n"), count: max(1, copies)).joined(separator: "\n").write(to: source, atomically: true, encoding: .utf8)
        let pdf = dir.appendingPathComponent("samples.pdf")
        try? FileManager.default.removeItem(at: pdf)
        let profile = dir.appendingPathComponent("profile").absoluteString
        _ = try output(["soffice", "--headless", "--norestore", "-env:UserInstallation=\(profile)", "--convert-to", "pdf",
                        "--outdir", dir.path, source.path])
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw BenchError("soffice made no PDF of \(source.path)") }
        return pdf
    }

    /// What `command` prints.
    static func output(_ command: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("\(command.prefix(2).joined(separator: " ")) exited with \(process.terminationStatus)") }
        return String(decoding: data, as: UTF8.self)
    }

    /// How many characters one text has that the other has not, blanks aside (as multisets).
    static func characterDifference(_ a: String, _ b: String) -> Int {
        var counts: [Unicode.Scalar: Int] = [:]
        for s in a.unicodeScalars where !s.properties.isWhitespace { counts[s, default: 0] += 1 }
        for s in b.unicodeScalars where !s.properties.isWhitespace { counts[s, default: 0] -= 1 }
        return counts.values.reduce(0) { $0 + abs($1) }
    }
}

enum FileSize {
    static func megabytes(_ url: URL) -> String {
        let bytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        return String(format: "%.1f", Double(bytes) / 1_000_000)
    }
}
