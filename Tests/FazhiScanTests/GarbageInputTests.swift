import CTesseract
import Foundation
import Testing
@testable import FazhiScan

@Suite struct GarbageInputTests {
    static let magics: [[UInt8]] = [
        [], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],  // PNG
        [0xFF, 0xD8, 0xFF, 0xE0], [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A],  // JPEG, TIFF LE/BE
        [0x42, 0x4D], [0x47, 0x49, 0x46, 0x38],  // BMP, GIF
    ]

    @Test func randomBytesAreNotAnImage() {
        var rng = SplitMix64(state: 2024)
        for round in 0..<60 {
            let magic = Self.magics[round % Self.magics.count]
            let count = [0, 1, 7, 64, 1000, 20_000][round % 6]
            let bytes = magic + (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) }
            #expect(throws: ScanError.self, "round \(round)") {
                try Recognizer.recognize(imageData: Data(bytes), options: OCROptions(threads: 1))
            }
        }
    }

    @Test func truncatedImagesFailCleanly() throws {
        let strip = try Fixture.page().strip(top: 0, rows: 120)
        for format in [IFF_PNG, IFF_TIFF_ZIP] {
            let full = try strip.encoded(format: Int32(format))
            for fraction in [0.01, 0.1, 0.5, 0.9] {
                let cut = full.prefix(Int(Double(full.count) * fraction))
                #expect(throws: ScanError.self, "format \(format) cut at \(fraction)") {
                    try Recognizer.recognize(imageData: Data(cut), options: OCROptions(threads: 1))
                }
            }
        }
    }

    @Test func hugeDeclaredSizeIsRefusedBeforeDecoding() {
        // A PNG header announcing 100,000 × 100,000 pixels and no pixel data.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        png += Array("IHDR".utf8)
        png += [0x00, 0x01, 0x86, 0xA0, 0x00, 0x01, 0x86, 0xA0, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        png += [0, 0, 0, 0] + Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82]  // Leptonica wants ≥ 40 bytes
        do {
            _ = try Recognizer.recognize(imageData: Data(png), options: OCROptions(threads: 1))
            Issue.record("decoded a header-only PNG")
        } catch {
            #expect(error == .imageTooLarge(width: 100_000, height: 100_000))
        }
    }

    @Test func oversizedOrInconsistentPageImagesAreRefused() {
        let huge = PageImage(width: 20_000, height: 20_000, bytesPerRow: 80_000, pixels: [])
        #expect(throws: ScanError.imageTooLarge(width: 20_000, height: 20_000)) {
            try Recognizer.recognize(huge, number: 1)
        }
        let short = PageImage(width: 100, height: 100, bytesPerRow: 400, pixels: [UInt8](repeating: 255, count: 399))
        #expect(throws: ScanError.self) { try Recognizer.recognize(short, number: 1) }
        let narrowStride = PageImage(width: 100, height: 1, bytesPerRow: 200, pixels: [UInt8](repeating: 255, count: 400))
        #expect(throws: ScanError.self) { try Recognizer.recognize(narrowStride, number: 1) }
    }
}

/// Multi-page TIFF built with Leptonica.
func multipageTIFF(_ pages: [PageImage]) throws -> Data {
    var pixa: UnsafeMutablePointer<PIXA>? = pixaCreate(Int32(pages.count))
    guard pixa != nil else { throw ScanError.notAnImage("pixaCreate") }
    defer { pixaDestroy(&pixa) }
    for page in pages {
        let pix = try page.makePix(limits: OCROptions())
        pixaAddPix(pixa, pix.raw, Int32(L_COPY))
    }
    var bytes: UnsafeMutablePointer<UInt8>?
    var size = 0
    guard pixaWriteMemMultipageTiff(&bytes, &size, pixa) == 0, let bytes else { throw ScanError.notAnImage("tiff") }
    defer { free(bytes) }
    return Data(bytes: bytes, count: size)
}
