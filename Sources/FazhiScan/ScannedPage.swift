/// The recognized text of one page.
public struct ScannedPage: Sendable, Equatable {
    /// 1-based page number in the source document.
    public var number: Int
    /// Post-processed UTF-8 text (CJK spacing removed, Tesseract's line breaks kept).
    public var text: String
    /// Tesseract's mean word confidence, 0–100.
    public var confidence: Double

    public init(number: Int, text: String, confidence: Double) {
        self.number = number
        self.text = text
        self.confidence = confidence
    }
}
