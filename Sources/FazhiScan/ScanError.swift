/// Why a page could not be recognized.
public enum ScanError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not a decodable PNG, JPEG or TIFF image (or the buffer is inconsistent).
    case notAnImage(String)
    /// Tesseract could not start, usually because language data is missing.
    case engineUnavailable(String)
    /// The image exceeds `OCROptions.maxPixels` / `maxDimension`; refused before decoding.
    case imageTooLarge(width: Int, height: Int)
    /// Tesseract ran but failed on this page.
    case recognitionFailed(String)

    public var description: String {
        switch self {
        case .notAnImage(let why): "Not a readable image: \(why)"
        case .engineUnavailable(let why): "OCR engine unavailable: \(why)"
        case .imageTooLarge(let w, let h): "Image too large to OCR: \(w)×\(h) pixels"
        case .recognitionFailed(let why): "OCR failed: \(why)"
        }
    }
}
