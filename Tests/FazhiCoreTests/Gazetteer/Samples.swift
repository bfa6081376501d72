import Foundation
@testable import FazhiCore

/// The real reports in `samples/`, converted to simplified script as the analyzer sees them.
enum Samples {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("samples")

    /// The simplified text of the sample whose file name starts with `prefix` (e.g. `003`).
    static func text(_ prefix: String) throws -> String {
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        guard let file = files.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile)
        }
        let raw = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
        let simplified = ScriptNormalizer.shared.normalize(Array(raw.unicodeScalars)).simplified
        return String(String.UnicodeScalarView(simplified))
    }
}
