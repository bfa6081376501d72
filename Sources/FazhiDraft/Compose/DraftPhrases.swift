import Foundation

/// The wording of drafted reports, read once from `Resources/draft.json`: title templates, the mandated
/// parts' standard headings, stock sentences, how approximate figures and changes are written.
struct DraftPhrases: Sendable, Decodable {
    struct Title: Sendable, Decodable { var government: String; var other: String }
    struct Headings: Sendable, Decodable {
        var measures: String
        var shortcomings: String
        var leadership: String
        var plan: String
        var other: String
    }
    struct Rectification: Sendable, Decodable {
        var intro: String
        var rectified: String
        var carriedOver: String
        var planDone: String
        var planCarried: String
        var plan: String
        var shortcoming: String
    }
    struct Approx: Sendable, Decodable {
        var over: String
        var under: String
        var about: String
        var overRate: String
        var underRate: String
        var aboutRate: String
    }
    struct Change: Sendable, Decodable {
        var up: String
        var down: String
        var flat: String
        var rateUp: String
        var rateDown: String
    }

    var version: Int
    var title: Title
    var headings: Headings
    var shortcomingsIntro: String
    var cause: String
    var rectification: Rectification
    var approx: Approx
    var change: Change
    var unitWords: [String]
    var numerals: [String]
    var governmentSuffixes: [String]

    static let shared: DraftPhrases = DraftResource.load("draft")

    /// The ordinal of a heading (1 → 一); past the table, the Arabic number.
    func numeral(_ n: Int) -> String { n >= 1 && n <= numerals.count ? numerals[n - 1] : String(n) }

    /// `template` with each `{name}` replaced.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var text = template
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}
