import Foundation
@testable import FazhiCore

/// Helpers shared by the core tests: fixtures, samples, analysis of composed text.
enum Fixture {
    /// The package root, found from this file's place.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: url(name), encoding: .utf8)
    }

    /// A sample report of `samples/` (the five published reports).
    static func sample(_ prefix: String) throws -> String {
        let dir = packageRoot.appendingPathComponent("samples")
        let name = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted().first { $0.hasPrefix(prefix) }
        return try String(contentsOf: dir.appendingPathComponent(name ?? prefix), encoding: .utf8)
    }

    /// Analyzes plain text as a user's file would be.
    static func analyze(_ text: String, name: String = "composed.txt") -> Analysis {
        Analyzer().analyze(SourceDocument(name: name, format: .text, encoding: "utf-8", original: text))
    }
}

extension Analysis {
    var partKinds: [PartKind] {
        var kinds: [PartKind] = []
        for p in parts where kinds.last != p.kind { kinds.append(p.kind) }
        return kinds
    }

    func has(_ rule: String, _ subject: String) -> Bool {
        findings.contains { $0.rule == rule && $0.subject == subject }
    }
}
