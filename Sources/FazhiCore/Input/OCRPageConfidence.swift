/// How sure the OCR engine was of one page it read: the page (from 1) and its mean word
/// confidence (0–100).
public struct OCRPageConfidence: Sendable, Hashable, Codable {
    public var page: Int
    public var confidence: Double

    public init(page: Int, confidence: Double) {
        self.page = page
        self.confidence = confidence
    }
}
