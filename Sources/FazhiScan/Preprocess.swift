/// The fixed pipeline in front of Tesseract: remove red → grayscale → deskew → binarize.
/// Order matters: red must go while colour is still known; deskew works best on
/// grayscale (interpolated rotation), binarization last so it sees straight text.
enum Preprocess {
    static func run(_ pix: OwnedPix, options: OCROptions) throws(ScanError) -> OwnedPix {
        if options.removeRed { RedRemoval.apply(to: pix) }
        guard let gray = Grayscale.apply(to: pix) else { throw .recognitionFailed("grayscale conversion failed") }
        var page = gray
        if options.deskew {
            guard let straight = Deskew.apply(to: gray) else { throw .recognitionFailed("deskew failed") }
            page = straight
        }
        guard let binary = Binarize.apply(options.binarization, to: page) else {
            throw .recognitionFailed("binarization failed")
        }
        return binary
    }
}
