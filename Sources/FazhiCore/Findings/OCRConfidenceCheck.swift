/// `input.low_ocr_confidence`: pages of a scan that the OCR engine read with little confidence.
///
/// A scanned page read at a mean word confidence under ``threshold`` holds misread characters often
/// enough that its figures should not be trusted unchecked; the finding names the pages and the
/// lowest confidence, and points at the start of the first such page.
public struct OCRConfidenceCheck: Check {
    /// Below this mean word confidence (0–100) a page counts as poorly read. Clean 300 dpi scans of
    /// printed reports read at 85–95; photos, faint copies and handwriting fall far below.
    public static let threshold = 80.0

    public var ruleIDs: [String] { ["input.low_ocr_confidence"] }

    public func run(_ context: CheckContext) -> [Finding] {
        let low = (context.ocrConfidence ?? []).filter { $0.confidence < Self.threshold }
        guard let lowest = low.map(\.confidence).min() else { return [] }
        let pages = low.map { String($0.page) }.joined(separator: "、")
        return [context.rules.finding(
            "input.low_ocr_confidence", subject: "ocr", range: nil,
            values: ["pages": pages, "confidence": String(Int(lowest.rounded())), "threshold": String(Int(Self.threshold))])]
    }
}
