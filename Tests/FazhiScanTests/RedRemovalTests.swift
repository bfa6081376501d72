import CTesseract
import Testing
@testable import FazhiScan

@Suite struct RedRemovalTests {
    /// One row of cairo ARGB32 pixels (B, G, R, A bytes in memory).
    static func page(_ rgb: [(UInt8, UInt8, UInt8)]) -> PageImage {
        let bytes: [UInt8] = rgb.flatMap { [$0.2, $0.1, $0.0, 255] }
        return PageImage(width: rgb.count, height: 1, bytesPerRow: rgb.count * 4, pixels: bytes)
    }

    static func rgb(_ pix: OwnedPix, _ x: Int) -> (UInt32, UInt32, UInt32) {
        let w = pixGetData(pix.raw)![x]
        return (w >> 24, (w >> 16) & 0xFF, (w >> 8) & 0xFF)
    }

    @Test func argbLayoutIsReadAsCairoWritesIt() throws {
        let pix = try Self.page([(200, 100, 50)]).makePix(limits: OCROptions())
        #expect(Self.rgb(pix, 0) == (200, 100, 50))
    }

    @Test func premultipliedTransparencyBecomesPaperWhite() throws {
        let clear = PageImage(width: 1, height: 1, bytesPerRow: 4, pixels: [0, 0, 0, 0])
        let pix = try clear.makePix(limits: OCROptions())
        #expect(Self.rgb(pix, 0) == (255, 255, 255))
    }

    @Test func redSealPixelsBecomeWhiteAndInkStays() throws {
        let colors: [(UInt8, UInt8, UInt8)] = [
            (215, 25, 30),   // seal red → white
            (235, 150, 150), // pink anti-aliased seal edge → white
            (108, 12, 15),   // gray text under the seal → white (red dominates)
            (0, 0, 0),       // black text, also where the seal overlaps it → kept
            (128, 128, 128), // gray anti-aliasing → kept
            (160, 120, 110), // warm paper tone / noise, red only slightly ahead → kept
            (30, 30, 200),   // blue ink → kept
        ]
        let pix = try Self.page(colors).makePix(limits: OCROptions())
        let changed = RedRemoval.apply(to: pix)
        #expect(changed == 3)
        let white: (UInt32, UInt32, UInt32) = (255, 255, 255)
        for x in 0..<3 { #expect(Self.rgb(pix, x) == white, "pixel \(x)") }
        for x in 3..<colors.count {
            let c = colors[x]
            #expect(Self.rgb(pix, x) == (UInt32(c.0), UInt32(c.1), UInt32(c.2)), "pixel \(x)")
        }
    }
}
