import Foundation

/// Reads the versioned domain data shipped in `Resources/` (catalog, rules, phrase maps, gazetteer).
public enum DomainResources {
    public struct MissingResource: Error, CustomStringConvertible, Sendable {
        public var name: String
        public var description: String { "the resource \(name) is missing from the FazhiCore bundle" }
    }

    /// The bytes of a resource file, e.g. `catalog.json`.
    public static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: nil)
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw MissingResource(name: name) }
        return try Data(contentsOf: url)
    }

    /// The names of the resource files that start with `prefix` and end with `suffix`, sorted.
    public static func names(withPrefix prefix: String, suffix: String) -> [String] {
        let dirs = [Bundle.module.resourceURL?.appendingPathComponent("Resources"), Bundle.module.resourceURL]
        for case let dir? in dirs {
            if let files = try? FileManager.default.contentsOfDirectory(atPath: dir.path) {
                let found = files.filter { $0.hasPrefix(prefix) && $0.hasSuffix(suffix) }.sorted()
                if !found.isEmpty { return found }
            }
        }
        return []
    }

    /// A JSON resource decoded as `T`.
    public static func json<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        try JSONDecoder().decode(T.self, from: data(name))
    }

    /// A JSON resource that the program cannot run without: a broken build is a programming error.
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) -> T {
        do {
            return try json(name, as: T.self)
        } catch {
            preconditionFailure("FazhiCore resource \(name) is unreadable: \(error)")
        }
    }
}
