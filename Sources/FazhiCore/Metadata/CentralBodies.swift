/// The central government's bodies (Resources/central-bodies.json): 司法部, 海关总署, 国家税务总局 …
/// A report by one of them is a central department's: jurisdiction 中华人民共和国, level department.
public struct CentralBodies: Sendable {
    struct File: Decodable {
        var version: Int
        var jurisdiction: String
        var names: [String]
        var shortNames: [String: String]
    }

    public static let shared = CentralBodies(DomainResources.load("central-bodies.json", as: File.self))

    /// The jurisdiction of a central body.
    public let jurisdiction: String
    /// Full and short names → the full name.
    let names: ScalarTrie<String>

    init(_ file: File) {
        jurisdiction = file.jurisdiction
        var entries = file.names.map { ($0, $0) }
        entries += file.shortNames.map { ($0.key, $0.value) }
        names = ScalarTrie(entries)
    }

    /// The central body a name is, or starts with after 原/中华人民共和国 (原环境保护部 → 环境保护部),
    /// as the name writes it; `nil` for a local body, also one named after a central one
    /// (国家税务总局深圳市税务局 is Shenzhen's).
    public func body(named name: String, gazetteer: Gazetteer = .shared) -> String? {
        let scalars = Array(name.unicodeScalars.filter { !$0.isBlank })
        var start = 0
        for prefix in ["中华人民共和国", "原"] {
            let p = Array(prefix.unicodeScalars)
            if scalars.count > start + p.count, Array(scalars[start..<(start + p.count)]) == p { start += p.count }
        }
        guard let m = names.longestMatch(in: scalars, at: start) else { return nil }
        let rest = scalars[(start + m.length)...]
        if !rest.isEmpty, gazetteer.fullNames.longestMatch(in: scalars, at: start + m.length) != nil { return nil }
        if !rest.isEmpty, !CentralBodies.followers.contains(where: { rest.starts(with: $0) }) { return nil }
        return String(scalars: scalars[start..<(start + m.length)])
    }

    /// What may follow a central body's name in a report's subject or issuer (司法部党组, 交通运输部以…).
    static let followers: [[Unicode.Scalar]] = ["党组", "以", "坚持", "深入", "认真", "全面", "紧紧", "始终", "在", "高度", "把", "围绕", "持续", "扎实", "法治", "关于", "20", "1", "2"].map { Array($0.unicodeScalars) }

    /// The longest central body name starting at `position`.
    func match(in text: [Unicode.Scalar], at position: Int) -> (name: String, length: Int)? {
        names.longestMatch(in: text, at: position).map { (String(scalars: text[position..<(position + $0.length)]), $0.length) }
    }
}
