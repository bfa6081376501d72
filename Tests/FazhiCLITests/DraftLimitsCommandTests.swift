import Foundation
import Testing

/// `fazhi draft` on ledgers past their limits: refused before they are read whole or expanded,
/// the message naming the file.
struct DraftLimitsCommandTests {
    @Test func oversizedAndAliasLedgersAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-ledgers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        let huge = dir.appendingPathComponent("huge.yaml")
        try Data(("issuer: " + String(repeating: "x", count: 3_000_000)).utf8).write(to: huge)
        let big = try CLI.run(["draft", huge.path, "-o", dir.appendingPathComponent("a.docx").path])
        #expect(big.status == 1)
        #expect(big.stderr == "fazhi: \(huge.path): the ledger is 3000008 bytes; the limit is 2000000 (2.0 MB)\n", "\(big.stderr)")

        let bomb = dir.appendingPathComponent("bomb.yaml")
        var text = "issuer: &t \(String(repeating: "法", count: 100_000))\nother:\n"
        for _ in 0..<2_000 { text += "  - *t\n" }
        try Data(text.utf8).write(to: bomb)
        let aliases = try CLI.run(["draft", bomb.path, "-o", dir.appendingPathComponent("b.docx").path])
        #expect(aliases.status != 0)
        #expect(aliases.stderr.hasPrefix("\(bomb.path):15:5: error: with its aliases (*name) expanded the ledger grows past 4.0 MB"),
                "\(aliases.stderr.prefix(400))")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.docx").path))
    }
}
