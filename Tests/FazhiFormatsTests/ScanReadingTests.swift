import FazhiCore
@testable import FazhiFormats
import Foundation
import Testing

/// Scans made the way an office makes them — a sample printed to PDF by LibreOffice, drawn at 300
/// and 200 dpi, turned by 1–2°, noised, the red header rule and a red seal added
/// (`scripts/make-scan.py`) — read back by OCR.
@Suite(.serialized) struct ScanReadingTests {
    static let sample = Office.samples.appendingPathComponent("001_6400df55651fb672.txt")

    /// A python3 that has Pillow: `FAZHI_PYTHON`, Debian's, or the first on the `PATH`.
    static var python: String {
        get throws {
            let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
            let candidates = [ProcessInfo.processInfo.environment["FAZHI_PYTHON"], "/usr/bin/python3"].compactMap { $0 }
                + path.split(separator: ":").map { "\($0)/python3" }
            for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate) {
                if (try? run(candidate, ["-c", "import PIL"])) == 0 { return candidate }
            }
            throw Office.Failure(description: "no python3 with Pillow: install python3-pil (scripts/install-deps.sh does)")
        }
    }

    static func run(_ program: String, _ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// The sample printed to PDF and scanned at `dpi`: the scanned PDF and its page pictures.
    static func scan(dpi: Int, in dir: URL) throws -> (pdf: URL, pages: [URL]) {
        let printed = try #require(try Office.convert([sample], to: "pdf", extension: "pdf", in: dir).first)
        let out = dir.appendingPathComponent("scan-\(dpi)")
        let status = try run(try python, [Office.root.appendingPathComponent("scripts/make-scan.py").path, printed.path, out.path, String(dpi)])
        guard status == 0 else { throw Office.Failure(description: "make-scan.py exited with \(status)") }
        let pages = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .filter { $0.lastPathComponent.hasPrefix("scan-\(dpi)-") }.sorted { $0.path < $1.path }
        return (URL(fileURLWithPath: out.path + ".pdf"), pages)
    }

    /// Character error rate: edit distance over the source's length, blanks removed from both and
    /// ASCII punctuation read as its full-width form (the scan prints what the text holds either way).
    static func errorRate(_ read: String, _ source: String) -> Double {
        func normal(_ s: String) -> [Unicode.Scalar] {
            let wide: [Unicode.Scalar: Unicode.Scalar] = [",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"]
            return s.unicodeScalars.filter { !$0.properties.isWhitespace }.map { wide[$0] ?? $0 }
        }
        let a = normal(read), b = normal(source)
        var row = Array(0...a.count)
        for j in 1...max(1, b.count) where j <= b.count {
            var diagonal = row[0]
            row[0] = j
            for i in 1...max(1, a.count) where i <= a.count {
                let above = row[i]
                row[i] = min(row[i] + 1, row[i - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return Double(row[a.count]) / Double(max(1, b.count))
    }

    @Test func aStampedScanAt300DPIReadsAsItsText() throws {
        let dir = try Office.folder("scan-300")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (pdf, pages) = try Self.scan(dpi: 300, in: dir)
        let document = try DocumentReader.decode(data: Data(contentsOf: pdf), name: "scan.pdf")
        let source = try InputReader.read(path: Self.sample.path)
        #expect(document.format == .scan)
        #expect(document.pageStarts?.count == pages.count)
        #expect(document.ocrConfidence?.map(\.page) == Array(1...pages.count))
        let rate = Self.errorRate(document.text, source.text)
        print("OCR character error rate at 300 dpi: \(String(format: "%.2f", rate * 100))%")
        #expect(rate <= 0.02, "character error rate \(rate)")
        // What must survive OCR: who reports, at which level, and the report's parts.
        let fromScan = Analyzer().analyze(document), fromText = Analyzer().analyze(source)
        #expect(fromScan.metadata.issuer == fromText.metadata.issuer)
        #expect(fromScan.metadata.jurisdiction == fromText.metadata.jurisdiction)
        #expect(fromScan.metadata.level == fromText.metadata.level)
        #expect(fromScan.parts.map(\.kind) == fromText.parts.map(\.kind))
        // A page picture alone is an image to read as well.
        let image = try DocumentReader.decode(data: Data(contentsOf: try #require(pages.first)), name: "page-1.png")
        #expect(image.format == .scan && image.text.contains("海沧区"))
    }

    @Test func aScanAt200DPIIsReadWithItsErrorRateReported() throws {
        let dir = try Office.folder("scan-200")
        defer { try? FileManager.default.removeItem(at: dir) }
        let (pdf, _) = try Self.scan(dpi: 200, in: dir)
        let document = try DocumentReader.decode(data: Data(contentsOf: pdf), name: "scan.pdf")
        let rate = Self.errorRate(document.text, try InputReader.read(path: Self.sample.path).text)
        print("OCR character error rate at 200 dpi: \(String(format: "%.2f", rate * 100))%")
        #expect(document.format == .scan)
        #expect(rate <= 0.10, "character error rate \(rate)")
    }

    @Test func aPictureWithoutTextIsRefusedInOneLine() throws {
        let dir = try Office.folder("cat")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A "photo": smooth colour fields and noise, no writing.
        let cat = dir.appendingPathComponent("cat.png")
        let script = """
            import sys
            from PIL import Image, ImageDraw
            im = Image.effect_noise((900, 700), 60).convert("RGB")
            d = ImageDraw.Draw(im)
            d.ellipse((200, 150, 700, 600), fill=(200, 140, 60)); d.ellipse((300, 250, 380, 330), fill=(40, 120, 40))
            d.ellipse((520, 250, 600, 330), fill=(40, 120, 40)); d.polygon([(220, 200), (300, 40), (380, 180)], fill=(200, 140, 60))
            im.save(sys.argv[1])
            """
        #expect(try Self.run(try Self.python, ["-c", script, cat.path]) == 0)
        let picture = try Data(contentsOf: cat)
        do throws(InputError) {
            _ = try DocumentReader.decode(data: picture, name: "cat.png")
            Issue.record("a picture without writing was read as a report")
        } catch {
            guard case .unreadableScan = error.reason else {
                Issue.record("\(error)")
                return
            }
            #expect(error.description.hasPrefix("cat.png: holds no readable report text (OCR read "))
        }
        // And bytes that are no image at all, under an image's name and signature.
        let stub = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
        #expect(throws: InputError.self) { try DocumentReader.decode(data: stub, name: "a.png") }
    }
}
