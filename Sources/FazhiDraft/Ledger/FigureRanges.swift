import Foundation

/// The figures a ledger may give for each indicator, read once from `Resources/figure-ranges.json`:
/// rates from 0 to 100, counts from 0 to a ceiling no unit reaches in a year (a 27-digit figure is
/// a typing mistake, not a report's figure).
struct FigureRanges: Decodable, Sendable {
    struct Range: Decodable, Sendable {
        var min: Double
        var max: Double
    }

    var version: Int
    var indicators: [String: Range]

    /// The range of an indicator; nil for an indicator the file does not list (none: a test keeps
    /// the file in step with the catalog).
    func range(_ indicator: String) -> Range? { indicators[indicator] }

    static let shared: FigureRanges = DraftResource.load("figure-ranges")
}
