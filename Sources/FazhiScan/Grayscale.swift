import CTesseract

enum Grayscale {
    /// 8 bpp luminance. Colour images use Leptonica's default weights
    /// (0.3, 0.5, 0.2); other depths (1, 2, 4, 8, colormapped) go through
    /// pixConvertTo8 with the colormap removed.
    static func apply(to pix: OwnedPix) -> OwnedPix? {
        switch pix.depth {
        case 8 where pixGetColormap(pix.raw) == nil: pix
        case 32: OwnedPix(taking: pixConvertRGBToGray(pix.raw, 0, 0, 0))
        default: OwnedPix(taking: pixConvertTo8(pix.raw, 0))
        }
    }
}
