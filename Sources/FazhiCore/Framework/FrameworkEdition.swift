/// One edition of the national outline (纲要) as framework areas with weighted cue words.
///
/// Loaded from `Resources/framework-<year>.json` (one file per edition) and
/// `Resources/framework-society.json` (the 法治社会 area every edition shares). A report is read
/// against the edition in force for its year: `FrameworkEdition.forReportYear(2020)` is the
/// 2015–2020 outline, `forReportYear(2023)` and `forReportYear(nil)` the 2021–2025 one.
public struct FrameworkEdition: Sendable {
    /// A framework area: one part (task) of the outline, or the shared society area.
    public struct Area: Sendable, Codable, Hashable, Identifiable {
        /// Stable id shared across editions: `functions`, `rules`, … `capacity`, `society`.
        public var id: String
        /// Where the area stands in the outline, e.g. `二` or `(七)`.
        public var part: String
        /// The area's title as the outline words it.
        public var name: String
        /// Cue words (simplified) and their weights: 3 specific, 2 clear, 1 general, 0 a blocker.
        public var cues: [String: Int]
        /// False for the shared society area: tagged, but not one of the outline's parts.
        public var inOutline: Bool { id != FrameworkEdition.societyID }
    }

    /// Wording of an earlier outline that a report on this edition should no longer use as its own.
    public struct OutdatedPhrase: Sendable, Codable, Hashable {
        /// The words, in order; up to two punctuation or blank characters may stand between them.
        public var words: [String]
        /// The phrase as findings name it; the words joined by `、` when the data gives none.
        public var text: String { phrase ?? words.joined(separator: "、") }
        /// What a finding says about it (Chinese).
        public var note: String?
        var phrase: String?

        enum CodingKeys: String, CodingKey {
            case words, note
            case phrase = "text"
        }
    }

    struct File: Codable {
        var version: Int
        var id: String?
        var document: String?
        var firstReportYear: Int?
        var lastReportYear: Int?
        var goal: String?
        var areas: [Area]
        var outdatedPhrases: [OutdatedPhrase]?
    }

    static let societyID = "society"

    /// The edition's id: the year the outline starts, `2015` or `2021`.
    public let id: String
    /// The outline's full citation, e.g. 中共中央、国务院《法治政府建设实施纲要(2021－2025年)》.
    public let document: String
    /// The goal phrase of the outline (职能科学、权责法定…).
    public let goal: String
    public let firstReportYear: Int
    public let lastReportYear: Int?
    /// The outline's areas in its order, then the shared society area.
    public let areas: [Area]
    public let outdatedPhrases: [OutdatedPhrase]
    let cues: FrameworkCueIndex

    init(_ file: File, shared: [Area]) {
        id = file.id ?? "?"
        document = file.document ?? ""
        goal = file.goal ?? ""
        firstReportYear = file.firstReportYear ?? 0
        lastReportYear = file.lastReportYear
        areas = file.areas + shared.filter { s in !file.areas.contains { $0.id == s.id } }
        outdatedPhrases = file.outdatedPhrases ?? []
        cues = FrameworkCueIndex(areas)
    }

    /// The areas of the outline itself (without the shared society area).
    public var outlineAreas: [Area] { areas.filter(\.inOutline) }

    public func area(_ id: String) -> Area? { areas.first { $0.id == id } }

    /// Every edition, oldest first.
    public static let all: [FrameworkEdition] = {
        let shared = DomainResources.load("framework-society.json", as: File.self).areas
        return DomainResources.names(withPrefix: "framework-", suffix: ".json")
            .filter { $0 != "framework-society.json" }
            .map { FrameworkEdition(DomainResources.load($0, as: File.self), shared: shared) }
            .sorted { $0.firstReportYear < $1.firstReportYear }
    }()

    /// The edition with id `id` (`2015`, `2021`).
    public static func edition(_ id: String) -> FrameworkEdition? { all.first { $0.id == id } }

    /// The edition in force for a report on `year`: the latest edition that starts by then; the
    /// earliest for years before every edition; the latest when the year is unknown.
    public static func forReportYear(_ year: Int?) -> FrameworkEdition {
        guard let year else { return all[all.count - 1] }
        return all.last { $0.firstReportYear <= year } ?? all[0]
    }
}
