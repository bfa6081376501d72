import Foundation

/// The token writes (upload, delete, re-analyze) need: `FAZHI_TOKEN`, else the one stored beside
/// the database (`DB.token`), else a new random one written there on first start.
public struct WriteToken: Sendable {
    public var value: String
    /// True when this start generated the token (the server prints it once).
    public var generated: Bool
    /// Where the token is kept, when it came from a file.
    public var file: String?

    public init(value: String, generated: Bool = false, file: String? = nil) {
        self.value = value
        self.generated = generated
        self.file = file
    }

    /// `database` is the SQLite file the token is kept beside; `nil` for a server database, which has
    /// no such place and needs `FAZHI_TOKEN`.
    public static func load(database: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> WriteToken {
        if let token = environment["FAZHI_TOKEN"]?.trimmingCharacters(in: .whitespacesAndNewlines), !token.isEmpty {
            return WriteToken(value: token)
        }
        guard let database else { throw ServerDatabaseNeedsToken() }
        let file = database + ".token"
        if let text = try? String(contentsOfFile: file, encoding: .utf8) {
            let token = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !token.isEmpty { return WriteToken(value: token, file: file) }
        }
        let token = random()
        // Readable by its owner only.
        guard FileManager.default.createFile(atPath: file, contents: Data((token + "\n").utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file])
        }
        return WriteToken(value: token, generated: true, file: file)
    }

    /// A token kept nowhere and shown to no one, for a read-only database (whose writes fail
    /// anyway; its folder may have no room for a token file).
    public static func unusable() -> WriteToken { WriteToken(value: random()) }

    /// 24 random bytes in hex.
    private static func random() -> String {
        var bytes = [UInt8](repeating: 0, count: 24)
        var generator = SystemRandomNumberGenerator()
        for i in bytes.indices { bytes[i] = generator.next() }
        return bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `given` is the token, compared in time independent of where they differ.
    func matches(_ given: String) -> Bool {
        let a = Array(value.utf8), b = Array(given.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// `fazhi serve` on a server database (postgres://…) without `FAZHI_TOKEN`: there is no file beside
/// the database to keep a generated token in, and the nodes behind a load balancer must share one.
public struct ServerDatabaseNeedsToken: Error, CustomStringConvertible {
    public var description: String {
        "a server database needs FAZHI_TOKEN set (the same write token on every node)"
    }
}
