import CTesseract

/// Red seal (公章), red 版头 rule and red title are not body text and confuse
/// Tesseract where the seal overlaps text. A pixel whose red channel clearly
/// dominates green and blue becomes white. Black ink under the seal stays
/// black (it is not red-dominant), so overlapped characters survive.
enum RedRemoval {
    /// How far red must exceed max(green, blue). Anti-aliased seal edges on
    /// white paper are pink (≈ 235,150,150) and still qualify; gray text and
    /// colour noise of a scanner (a few tens of levels) do not.
    static let dominance: UInt32 = 60

    /// Whitens red-dominant pixels of a 32 bpp image in place; returns how many.
    @discardableResult
    static func apply(to pix: OwnedPix) -> Int {
        guard pix.depth == 32 else { return 0 }
        let wpl = Int(pixGetWpl(pix.raw))
        guard let data = pixGetData(pix.raw) else { return 0 }
        var changed = 0
        for y in 0..<pix.height {
            let row = data + y * wpl
            for x in 0..<pix.width where isRed(row[x]) {
                row[x] = 0xFFFF_FFFF
                changed += 1
            }
        }
        return changed
    }

    /// `word` is a Leptonica RGBA word 0xRRGGBBAA.
    @inline(__always)
    static func isRed(_ word: UInt32) -> Bool {
        let r = word >> 24, g = (word >> 16) & 0xFF, b = (word >> 8) & 0xFF
        return r >= max(g, b) + dominance
    }
}
