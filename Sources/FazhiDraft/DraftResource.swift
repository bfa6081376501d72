import Foundation

/// FazhiDraft's domain data in `Resources/`: each file decoded once, where its type keeps it.
enum DraftResource {
    /// `Resources/<name>.json` decoded as `T`; a missing or malformed file is a build defect.
    static func load<T: Decodable>(_ name: String, as _: T.Type = T.self) -> T {
        do {
            guard let url = Bundle.module.url(forResource: "Resources/\(name)", withExtension: "json")
                ?? Bundle.module.url(forResource: name, withExtension: "json") else {
                preconditionFailure("\(name).json is missing from the FazhiDraft bundle")
            }
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
        } catch {
            preconditionFailure("\(name).json cannot be read: \(error)")
        }
    }
}
