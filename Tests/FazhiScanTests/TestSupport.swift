import CTesseract
import Foundation
import Testing
@testable import FazhiScan

enum Fixture {
    static func data(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    /// A 300 dpi "scan" (rotated, noisy, red header rule) of the top of seed 000, page 1.
    static func page() throws -> PageImage { try PageImage(decoding: data("page-300dpi-top.jpg")) }

    static func source() throws -> String { String(decoding: try data("source-000.txt"), as: UTF8.self) }
}

extension PageImage {
    /// Rows [top, top + rows) as a new page.
    func strip(top: Int, rows: Int) -> PageImage {
        let slice = Array(pixels[(top * bytesPerRow)..<((top + rows) * bytesPerRow)])
        return PageImage(width: width, height: rows, bytesPerRow: bytesPerRow, pixels: slice, dotsPerInch: dotsPerInch)
    }

    /// Encodes via Leptonica (IFF_PNG, IFF_TIFF_ZIP, …) so tests need no image library.
    func encoded(format: Int32) throws -> Data {
        let pix = try makePix(limits: OCROptions())
        var bytes: UnsafeMutablePointer<UInt8>?
        var size = 0
        guard pixWriteMem(&bytes, &size, pix.raw, format) == 0, let bytes else { throw ScanError.notAnImage("encode failed") }
        defer { free(bytes) }
        return Data(bytes: bytes, count: size)
    }
}

/// Deterministic pseudo-random bytes (SplitMix64), so garbage tests are reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func isHan(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) }

/// Fraction of the recognized Han bigrams that occur in the source text:
/// near 1 for a good recognition, near 0 for garbage, independent of which lines were visible.
func bigramPrecision(_ text: String, source: String) -> Double {
    let han = { (s: String) in s.unicodeScalars.filter(isHan).map(Character.init) }
    let src = han(source), hyp = han(text)
    guard hyp.count > 1 else { return 0 }
    var known = Set<String>()
    for i in 0..<(src.count - 1) { known.insert(String([src[i], src[i + 1]])) }
    let hits = (0..<(hyp.count - 1)).filter { known.contains(String([hyp[$0], hyp[$0 + 1]])) }.count
    return Double(hits) / Double(hyp.count - 1)
}
