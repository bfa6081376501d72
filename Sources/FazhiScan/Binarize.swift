import CTesseract

enum Binarize {
    /// Returns a 1 bpp image for `.sauvola` / `.otsu`, or the input for `.none`
    /// (Tesseract then thresholds the grayscale page itself).
    static func apply(_ method: OCROptions.Binarization, to gray: OwnedPix) -> OwnedPix? {
        switch method {
        case .none:
            return gray
        case .sauvola:
            // Window ~ one character stroke neighbourhood at 200–300 dpi; factor 0.34 is Leptonica's usual.
            var out: UnsafeMutablePointer<PIX>?
            let tiles = Int32(max(1, gray.width / 1000))
            let ok = pixSauvolaBinarizeTiled(gray.raw, 16, 0.34, tiles, tiles, nil, &out)
            return ok == 0 ? OwnedPix(taking: out) : { if out != nil { pixDestroy(&out) }; return nil }()
        case .otsu:
            var out: UnsafeMutablePointer<PIX>?
            let ok = pixOtsuAdaptiveThreshold(gray.raw, 2000, 2000, 0, 0, 0.1, nil, &out)
            return ok == 0 ? OwnedPix(taking: out) : { if out != nil { pixDestroy(&out) }; return nil }()
        }
    }
}
