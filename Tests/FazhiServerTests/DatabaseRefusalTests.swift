import FazhiCore
import FazhiServer
import FazhiStore
import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// The portal on a damaged database, and ledgers past their limits: each refused with its status
/// and a message in Chinese, the rest of the portal still answering.
struct DatabaseRefusalTests {
    @Test func damagedDatabaseRefusesWritesWith503AndStillLists() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-damaged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("c.sqlite").path
        try Self.damagedDatabase(path)
        let portal = Portal(store: try SQLiteStore(path: path, access: .write), token: PortalFixture.token)
        let app = Application(router: portal.router())
        try await app.test(.router) { client in
            let auth: HTTPFields = [.authorization: "Bearer \(PortalFixture.token)"]
            let text = ComposedReport.text(title: "某县人民政府2023年法治政府建设年度报告")
            try await client.execute(uri: "/api/reports?name=r.txt", method: .post, headers: auth, body: ByteBuffer(string: text)) { r in
                #expect(r.status == .serviceUnavailable)
                #expect(r.text.contains("数据库已损坏,暂不能写入"), "\(r.text)")
                #expect(!r.text.contains(path))
            }
            try await client.execute(uri: "/api/reports", method: .get) { r in
                #expect(r.status == .ok)
            }
        }
    }

    /// Two samples stored at `path`, then a leaf page of the paragraph table overwritten.
    static func damagedDatabase(_ path: String) throws {
        do {
            let store = try SQLiteStore(path: path)
            for name in try PortalFixture.sampleNames().prefix(2) {
                let data = try Data(contentsOf: PortalFixture.packageRoot.appendingPathComponent("samples/\(name)"))
                _ = try store.save(IncomingReport.analyze(bytes: data, name: name, sourcePath: nil))
            }
        }
        let queue = try DatabaseQueue(path: path)
        let page = try queue.writeWithoutTransaction { db -> Int in
            _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
            return try #require(try Int.fetchOne(db, sql: "SELECT pageno FROM dbstat WHERE name = 'paragraph' AND pagetype = 'leaf' LIMIT 1"))
        }
        try queue.close()
        let file = try #require(FileHandle(forUpdatingAtPath: path))
        try file.seek(toOffset: UInt64((page - 1) * 4096))
        file.write(Data(repeating: 0xA5, count: 4096))
        try file.close()
    }

    @Test func ledgerOfAliasesIsRefusedInChinese() async throws {
        let f = try PortalFixture()
        var text = "issuer: &t \(String(repeating: "法", count: 100_000))\nother:\n"
        for _ in 0..<2_000 { text += "  - *t\n" }
        let ledger = text
        try await f.test { client in
            let form = Multipart.body([("action", nil, "preview"), ("ledger", nil, ledger)])
            try await client.execute(uri: "/draft", method: .post, headers: form.headers, body: form.body) { r in
                #expect(r.status == .unprocessableContent)
                #expect(r.text.contains("第 15 行"), "\(r.text.prefix(300))")
                #expect(r.text.contains("台账中的别名(*name)展开后超过上限"))
            }
        }
    }
}
