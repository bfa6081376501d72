import CTesseract

enum Deskew {
    /// Straightens pages scanned a degree or two off. Leptonica searches ±7°
    /// on a binarized copy and only rotates when it is confident; otherwise it
    /// returns a copy of the input. Returns nil only on allocation failure.
    static func apply(to pix: OwnedPix) -> OwnedPix? {
        var angle: Float = 0, confidence: Float = 0
        // redsearch 2 (Leptonica's default reduction) is fast and accurate to ~0.1°.
        return OwnedPix(taking: pixFindSkewAndDeskew(pix.raw, 2, &angle, &confidence))
    }
}
