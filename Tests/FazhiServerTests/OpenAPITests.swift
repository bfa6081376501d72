import FazhiServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OpenAPIKit
import Testing
import StoreKinds

/// The OpenAPI document served at /openapi.json is valid, names every route the API has, and the
/// API's real responses match its schemas (checked with Python's jsonschema, Draft 2020-12).
struct OpenAPITests {
    @Test(arguments: StoreKind.allCases)
    func documentIsValidOpenAPI31(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        try await f.test { client in
            try await client.execute(uri: "/openapi.json", method: .get) { r in
                #expect(r.status == .ok)
                let document = try JSONDecoder().decode(OpenAPI.Document.self, from: Data(r.body.readableBytesView))
                try document.validate()
                let paths = Set(document.paths.keys.map(\.rawValue))
                for path in ["/api/reports", "/api/reports/{id}", "/api/reports/{id}/analysis", "/api/search", "/api/compare", "/api/analyze", "/compare.xlsx", "/healthz", "/readyz"] {
                    #expect(paths.contains(path))
                }
                #expect(document.components.schemas.count >= 10)
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func responsesMatchTheirSchemas(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let id = f.ids[0]
        let ids = f.ids.map(String.init).joined(separator: ",")
        let text = ComposedReport.text(title: "某县人民政府2023年法治政府建设年度报告")
        let collected = Collected()
        try await f.test { client in
            let auth: HTTPFields = [.authorization: "Bearer \(PortalFixture.token)"]
            let requests: [(String, HTTPRequest.Method, String, HTTPFields, ByteBuffer?, HTTPResponse.Status)] = [
                ("list", .get, "/api/reports", [:], nil, .ok),
                ("list filtered", .get, "/api/reports?level=district&compliance=notice&limit=2", [:], nil, .ok),
                ("detail", .get, "/api/reports/\(id)", [:], nil, .ok),
                ("search", .get, "/api/search?q=%E5%BE%A9%E8%AD%B0", [:], nil, .ok),
                ("compare", .get, "/api/compare?ids=\(ids)", [:], nil, .ok),
                ("compare years", .get, "/api/compare?jurisdiction=%E5%8C%97%E4%BA%AC%E5%B8%82", [:], nil, .ok),
                ("analyze", .post, "/api/analyze?name=r.txt", [:], ByteBuffer(string: text), .ok),
                ("save", .post, "/api/reports?name=r.txt", auth, ByteBuffer(string: text), .created),
                ("reanalyze", .put, "/api/reports/\(id)/analysis", auth, nil, .ok),
                ("not found", .get, "/api/reports/999999", [:], nil, .notFound),
                ("bad query", .get, "/api/reports?year=x", [:], nil, .badRequest),
                ("no token", .delete, "/api/reports/\(id)", [:], nil, .unauthorized),
                ("health", .get, "/healthz", [:], nil, .ok),
                ("ready", .get, "/readyz", [:], nil, .ok),
            ]
            let schemas = ["ReportList", "ReportList", "ReportDetail", "SearchResult", "Comparison", "Comparison", "AnalysisResult", "Saved", "Saved",
                           "Error", "Error", "Error", "Health", "Health"]
            for ((label, method, uri, headers, body, status), schema) in zip(requests, schemas) {
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { r in
                    #expect(r.status == status, "\(label)")
                    let json = try JSONSerialization.jsonObject(with: Data(r.body.readableBytesView))
                    collected.add(["label": label, "schema": schema, "body": json])
                }
            }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = dir.appendingPathComponent("cases.json")
        try JSONSerialization.data(withJSONObject: collected.items).write(to: cases)
        let spec = PortalFixture.packageRoot.appendingPathComponent("Sources/FazhiServer/Resources/openapi.json")
        let script = PortalFixture.packageRoot.appendingPathComponent("Tests/FazhiServerTests/Scripts/check_schema.py")
        let run = try Python.run([script.path, spec.path, cases.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("14 responses checked, 0 failures"))
    }
}

