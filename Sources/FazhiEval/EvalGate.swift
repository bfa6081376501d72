import Foundation

/// The regression gate: for each split, the least (or most) each metric may be. Set from measured
/// numbers, a little below them, so that a change that makes the analyzer worse fails CI.
public struct EvalGate: Sendable, Codable {
    public struct Bounds: Sendable, Codable {
        public var min: [String: Double]?
        public var max: [String: Double]?
    }

    public var splits: [String: Bounds]

    public static func load(_ path: String) throws -> EvalGate {
        try JSONDecoder().decode(EvalGate.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    /// One line per bound the result breaks, e.g. `dev figures.recall 0.812 < 0.85`.
    public func violations(_ result: EvalResult) -> [String] {
        var lines: [String] = []
        for (split, bounds) in splits.sorted(by: { $0.key < $1.key }) {
            let metrics = result.tallies[split]?.metrics ?? [:]
            for (name, least) in (bounds.min ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let value = metrics[name] else { lines.append("\(split) \(name): not measured"); continue }
                if value < least - 1e-9 { lines.append("\(split) \(name) \(Self.format(value)) < \(Self.format(least))") }
            }
            for (name, most) in (bounds.max ?? [:]).sorted(by: { $0.key < $1.key }) {
                guard let value = metrics[name] else { lines.append("\(split) \(name): not measured"); continue }
                if value > most + 1e-9 { lines.append("\(split) \(name) \(Self.format(value)) > \(Self.format(most))") }
            }
        }
        return lines
    }

    static func format(_ v: Double) -> String { String(format: "%.3f", v) }
}
