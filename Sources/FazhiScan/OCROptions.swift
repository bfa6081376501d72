import Foundation

/// How pages are recognized. Defaults were chosen by measurement (see RESULTS.md).
public struct OCROptions: Sendable {
    /// Tesseract language string: "chi_sim", "chi_sim+chi_tra", "chi_tra", …
    public var languages: String
    /// Directory holding `<lang>.traineddata`; nil = `TESSDATA_PREFIX`, then the usual system paths.
    public var tessdataPath: String?
    /// Worker threads for multi-page recognition (one Tesseract instance each).
    public var threads: Int
    /// Tesseract page segmentation mode. Default PSM 6 (one uniform block): lowest CER on
    /// single-column report pages; use `.auto` for multi-column layouts.
    public var pageSegmentation: PageSegmentation
    /// Binarization applied before Tesseract.
    public var binarization: Binarization
    /// Whiten red seal / red header pixels before grayscale conversion.
    public var removeRed: Bool
    /// Straighten pages rotated by a few degrees.
    public var deskew: Bool
    /// Remove spaces between a Han character and an ASCII digit/letter.
    /// Chinese official documents never put them there; Tesseract does.
    public var joinCJKWithLatin: Bool
    /// Extra Tesseract variables (e.g. "preserve_interword_spaces": "1").
    public var variables: [String: String]
    /// Images with more pixels than this are refused (decoding alone would need 4 bytes each).
    public var maxPixels: Int
    /// Images with a side longer than this are refused.
    public var maxDimension: Int

    public init(
        languages: String = "chi_sim",
        tessdataPath: String? = nil,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        pageSegmentation: PageSegmentation = .singleBlock,
        binarization: Binarization = .none,
        removeRed: Bool = true,
        deskew: Bool = true,
        joinCJKWithLatin: Bool = true,
        variables: [String: String] = [:],
        maxPixels: Int = 150_000_000,
        maxDimension: Int = 30_000
    ) {
        self.languages = languages
        self.tessdataPath = tessdataPath
        self.threads = max(1, threads)
        self.pageSegmentation = pageSegmentation
        self.binarization = binarization
        self.removeRed = removeRed
        self.deskew = deskew
        self.joinCJKWithLatin = joinCJKWithLatin
        self.variables = variables
        self.maxPixels = maxPixels
        self.maxDimension = maxDimension
    }

    public enum PageSegmentation: Int32, Sendable, CaseIterable {
        case auto = 3          // PSM_AUTO
        case singleColumn = 4  // PSM_SINGLE_COLUMN
        case singleBlock = 6   // PSM_SINGLE_BLOCK
    }

    public enum Binarization: String, Sendable, CaseIterable {
        /// Hand grayscale to Tesseract, which runs its own Otsu thresholding.
        case none
        /// Leptonica Sauvola (local, robust against uneven lighting and noise).
        case sauvola
        /// Leptonica adaptive Otsu on tiles.
        case otsu
    }
}
