import CTesseract
import Foundation
import Testing
@testable import FazhiScan

@Suite struct RecognizeFixtureTests {
    @Test func scannedPageGivesChineseText() throws {
        let page = try Fixture.page()
        let result = try Recognizer.recognize(page, number: 7, options: OCROptions(threads: 1))
        #expect(result.number == 7)
        #expect(result.confidence > 75, "mean confidence \(result.confidence)")
        let hanCount = result.text.unicodeScalars.filter(isHan).count
        #expect(hanCount > 150, "only \(hanCount) Han characters:\n\(result.text)")
        let precision = bigramPrecision(result.text, source: try Fixture.source())
        #expect(precision > 0.9, "bigram precision \(precision):\n\(result.text)")
        // Postprocessing: no space left between two Han characters.
        let scalars = Array(result.text.unicodeScalars)
        let spaced = scalars.indices.dropFirst().dropLast().filter {
            scalars[$0] == " " && isHan(scalars[$0 - 1]) && isHan(scalars[$0 + 1])
        }
        #expect(spaced.isEmpty)
    }

    @Test func encodedImageDataMatchesPageImagePath() throws {
        let strip = try Fixture.page().strip(top: 150, rows: 400)
        let options = OCROptions(threads: 1)
        let direct = try Recognizer.recognize(strip, number: 1, options: options)
        let viaPNG = try Recognizer.recognize(imageData: strip.encoded(format: Int32(IFF_PNG)), options: options)
        #expect(viaPNG == [direct])
    }

    @Test func multiPageTIFFYieldsEveryPage() throws {
        let page = try Fixture.page()
        let pages = [page.strip(top: 150, rows: 300), page.strip(top: 450, rows: 300)]
        let tiff = try multipageTIFF(pages)
        let result = try Recognizer.recognize(imageData: tiff, options: OCROptions(threads: 1))
        #expect(result.map(\.number) == [1, 2])
        #expect(result[0].text != result[1].text)
        #expect(result.allSatisfy { !$0.text.isEmpty })
    }

    @Test func missingLanguageIsEngineUnavailable() throws {
        let page = try Fixture.page().strip(top: 0, rows: 100)
        #expect(throws: ScanError.self) {
            try Recognizer.recognize(page, number: 1, options: OCROptions(languages: "xx_missing"))
        }
        do {
            _ = try Recognizer.recognize(page, number: 1, options: OCROptions(languages: "xx_missing"))
        } catch {
            guard case .engineUnavailable = error else { Issue.record("got \(error)"); return }
        }
    }
}

@Suite struct LanguageChoiceTests {
    @Test func simplifiedPageChoosesChiSim() throws {
        let strip = try Fixture.page().strip(top: 100, rows: 400)
        let options = OCROptions(threads: 1)
        #expect(try Recognizer.chooseLanguage(for: strip, candidates: ["chi_tra", "chi_sim"], options: options) == "chi_sim")
    }
}

extension LanguageChoiceTests {
    @Test func traditionalPageChoosesChiTra() throws {
        let page = try PageImage(decoding: Fixture.data("page-300dpi-traditional.jpg"))
        #expect(try Recognizer.chooseLanguage(for: page, options: OCROptions(threads: 1)) == "chi_tra")
    }
}
