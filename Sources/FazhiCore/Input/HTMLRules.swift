/// What the HTML reader drops, breaks lines at and decodes (Resources/html.json).
struct HTMLRules: Sendable {
    struct File: Codable {
        var version: Int
        var droppedElements: [String]
        var chromeClassWords: [String]
        var paragraphElements: [String]
        var lineElements: [String]
        var cellElements: [String]
        var rawTextElements: [String]
        var voidElements: [String]
        var entities: [String: String]
        var legacyEntities: [String]
    }

    /// How an element lays out its text.
    enum Layout { case inline, line, paragraph, cell }

    let dropped: Set<String>
    let chromeClassWords: [String]
    let rawText: Set<String>
    let void: Set<String>
    let entities: [String: [Unicode.Scalar]]
    /// Entities browsers also read without the final semicolon (`&nbsp` `&amp`).
    let legacyEntities: Set<String>
    private let layouts: [String: Layout]

    static let shared = HTMLRules(DomainResources.load("html.json", as: File.self))

    init(_ file: File) {
        dropped = Set(file.droppedElements)
        chromeClassWords = file.chromeClassWords
        rawText = Set(file.rawTextElements)
        void = Set(file.voidElements)
        entities = file.entities.mapValues { Array($0.unicodeScalars) }
        legacyEntities = Set(file.legacyEntities)
        var layouts = [String: Layout]()
        for name in file.lineElements { layouts[name] = .line }
        for name in file.paragraphElements { layouts[name] = .paragraph }
        for name in file.cellElements { layouts[name] = .cell }
        self.layouts = layouts
    }

    func layout(of name: String) -> Layout { layouts[name] ?? .inline }

    /// Whether a class or id (lowercased) names page chrome: `bread-crumb`, `topNav`, `bdshare`.
    func isChromeClass(_ classAndID: String) -> Bool {
        !classAndID.isEmpty && chromeClassWords.contains { classAndID.contains($0) }
    }
}
