import FazhiCore
import FazhiServer
import FazhiStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import StoreKinds

/// Bad requests get their status and a Chinese message, never a trace or a path, and nothing
/// stored is lost.
struct RefusalTests {
    struct Case: Sendable, CustomStringConvertible {
        var method: HTTPRequest.Method
        var uri: String
        var status: HTTPResponse.Status
        var message: String
        var token: String? = nil
        var body: String? = nil
        var bytes: [UInt8]? = nil
        var description: String { "\(method) \(uri) → \(status.code)" }
    }

    static let cases: [Case] = [
        Case(method: .get, uri: "/api/reports/999999", status: .notFound, message: "没有编号为 999999 的报告"),
        Case(method: .get, uri: "/reports/999999", status: .notFound, message: "没有编号为 999999 的报告"),
        Case(method: .get, uri: "/api/reports/abc", status: .badRequest, message: "报告编号应为正整数"),
        Case(method: .get, uri: "/no/such/page", status: .notFound, message: "页面不存在"),
        Case(method: .get, uri: "/api/reports?year=abc", status: .badRequest, message: "查询参数 year 无效"),
        Case(method: .get, uri: "/?level=galaxy", status: .badRequest, message: "查询参数 level 无效"),
        Case(method: .get, uri: "/api/reports?limit=100000", status: .badRequest, message: "查询参数 limit 无效"),
        Case(method: .get, uri: "/api/search", status: .badRequest, message: "查询参数 q 无效"),
        Case(method: .get, uri: "/api/compare?ids=1,x", status: .badRequest, message: "查询参数 ids 无效"),
        Case(method: .get, uri: "/api/compare?ids=999999", status: .notFound, message: "没有编号为 999999 的报告"),
        Case(method: .post, uri: "/api/reports", status: .unauthorized, message: "需要写入令牌", body: "x"),
        Case(method: .post, uri: "/api/reports", status: .forbidden, message: "写入令牌不正确", token: "wrong", body: "x"),
        Case(method: .delete, uri: "/api/reports/1", status: .unauthorized, message: "需要写入令牌"),
        Case(method: .delete, uri: "/api/reports/1", status: .forbidden, message: "写入令牌不正确", token: "wrong"),
        Case(method: .put, uri: "/api/reports/1/analysis", status: .unauthorized, message: "需要写入令牌"),
        Case(method: .delete, uri: "/api/reports/999999", status: .notFound, message: "没有编号为 999999 的报告", token: PortalFixture.token),
        Case(method: .post, uri: "/api/analyze", status: .contentTooLarge, message: "上传内容过大", body: String(repeating: "法", count: 400_000)),
        Case(method: .post, uri: "/api/reports", status: .contentTooLarge, message: "上传内容过大", token: PortalFixture.token, body: String(repeating: "法", count: 400_000)),
        Case(method: .post, uri: "/api/analyze?name=a.png", status: .unprocessableContent, message: "扫描件或图片中没有识别出可读的报告文字",
             bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
        Case(method: .post, uri: "/api/reports?name=a.pdf", status: .unprocessableContent, message: "PDF 文件已损坏", token: PortalFixture.token,
             body: "%PDF-1.7\n1 0 obj\n"),
        Case(method: .post, uri: "/api/analyze", status: .unprocessableContent, message: "内容为空", body: "   \n  "),
        Case(method: .post, uri: "/api/reports", status: .unprocessableContent, message: "不像法治政府建设年度报告", token: PortalFixture.token,
             body: "今天天气很好。"),
        Case(method: .post, uri: "/upload", status: .badRequest, message: "表单格式无效", body: "not a form"),
    ]

    @Test(arguments: StoreKind.allCases, cases)
    func refusedWithStatusAndChineseMessage(_ kind: StoreKind, _ c: Case) async throws {
        guard let f = try PortalFixture.make(kind, maxUpload: 1_000_000) else { return }
        let before = try f.store.count()
        let store = f.store
        try await f.test { client in
            var headers: HTTPFields = [:]
            if let token = c.token { headers[.authorization] = "Bearer \(token)" }
            let body = c.bytes.map { ByteBuffer(bytes: $0) } ?? c.body.map { ByteBuffer(string: $0) }
            try await client.execute(uri: c.uri, method: c.method, headers: headers, body: body) { r in
                #expect(r.status == c.status)
                #expect(r.text.contains(c.message), "\(r.text)")
                #expect(!r.text.contains("/tmp/") && !r.text.contains(".swift"))
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                if c.uri.hasPrefix("/api/") {
                    #expect(r.headers[.contentType] == "application/json; charset=utf-8")
                } else {
                    #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                }
            }
            #expect(try store.count() == before)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func writesWithTheTokenSucceed(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let before = try f.store.count()
        let store = f.store
        let id = f.ids[1]
        let auth: HTTPFields = [.authorization: "Bearer \(PortalFixture.token)"]
        let text = ComposedReport.text(title: "某市人民政府2022年法治政府建设年度报告")
        try await f.test { client in
            try await client.execute(uri: "/api/reports?name=r.txt", method: .post, headers: auth, body: ByteBuffer(string: text)) { r in
                #expect(r.status == .created)
            }
            try await client.execute(uri: "/api/reports?name=r.txt", method: .post, headers: auth, body: ByteBuffer(string: text)) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("\"duplicate\":true"))
            }
            #expect(try store.count() == before + 1)
            try await client.execute(uri: "/api/reports/\(id)/analysis", method: .put, headers: auth) { r in
                #expect(r.status == .ok)
            }
            // Read (and so cached) before the delete: the delete must drop it.
            try await client.execute(uri: "/api/reports/\(id)", method: .get) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/reports/\(id)", method: .get) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/api/reports/\(id)", method: .delete, headers: auth) { r in
                #expect(r.status == .noContent)
            }
            #expect(try store.count() == before)
            #expect(try store.report(id: id) == nil)
            try await client.execute(uri: "/api/reports/\(id)", method: .get) { r in
                #expect(r.status == .notFound)
            }
            try await client.execute(uri: "/reports/\(id)", method: .get) { r in
                #expect(r.status == .notFound)
            }
        }
    }
}

/// The write token: from the environment, else kept beside the database, else generated once.
struct WriteTokenTests {
    @Test func generatedOnceThenReadBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-token-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("x.sqlite").path
        let first = try WriteToken.load(database: db, environment: [:])
        #expect(first.generated)
        #expect(first.value.count == 48)
        let second = try WriteToken.load(database: db, environment: [:])
        #expect(!second.generated)
        #expect(second.value == first.value)
        let attributes = try FileManager.default.attributesOfItem(atPath: db + ".token")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try WriteToken.load(database: db, environment: ["FAZHI_TOKEN": "env"]).value == "env")
    }
}
