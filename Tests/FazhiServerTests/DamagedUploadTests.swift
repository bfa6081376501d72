import FazhiCore
import FazhiServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import StoreKinds

/// A damaged zip or a text with a few broken bytes, posted to `/api/analyze` without a token: a 422
/// in Chinese or an analysis with its finding, and the portal answers the next request.
struct DamagedUploadTests {
    /// 52 bytes: an empty local header and an end record whose central directory lies past the end.
    static let brokenZip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 26)
        + [0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0, 46, 0, 0, 0, 0xE8, 0x03, 0, 0, 0, 0]

    static let sample: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/002_d673bbc54b047a03.txt")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test(arguments: [("bad.docx", "Word 文件已损坏"), ("bad.txt", "已损坏的压缩包")])
    func brokenZipIsRefusedAndThePortalStaysUp(name: String, message: String) async throws {
        guard let f = try PortalFixture.make(.sqlite, maxUpload: 1_000_000) else { return }
        try await f.test { client in
            try await client.execute(
                uri: "/api/analyze?name=\(name)", method: .post, body: ByteBuffer(bytes: Self.brokenZip)
            ) { r in
                #expect(r.status == .unprocessableContent)
                #expect(r.text.contains(message), "\(r.text)")
            }
            try await client.execute(uri: "/api/analyze", method: .post, body: ByteBuffer(string: Self.sample)) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("\"reportYear\""))
            }
        }
    }

    @Test func textWithABrokenByteIsAnalyzedWithItsFinding() async throws {
        guard let f = try PortalFixture.make(.sqlite, maxUpload: 1_000_000) else { return }
        var damaged = Array(Self.sample.utf8)
        damaged.insert(0xFF, at: damaged.firstIndex(of: 0x0A) ?? 0)
        let bytes = damaged
        try await f.test { client in
            try await client.execute(uri: "/api/analyze", method: .post, body: ByteBuffer(bytes: bytes)) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("input.invalid_bytes"))
            }
        }
    }
}
