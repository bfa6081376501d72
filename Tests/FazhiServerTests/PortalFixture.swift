import FazhiCore
import FazhiServer
import FazhiStore
import Foundation
import Hummingbird
import HummingbirdTesting
import StoreKinds

/// A portal on a temporary database holding the sample reports, for `app.test(.router)`: a SQLite
/// file, or a PostgreSQL database of its own (``StoreKind``).
struct PortalFixture {
    static let token = "test-token-0123456789"
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    let directory: URL
    let store: any ReportStore
    let ids: [Int64]
    let portal: Portal
    private let removeStore: @Sendable () -> Void

    /// On SQLite.
    init(maxUpload: Int = 1_000_000) throws {
        guard let f = try Self.make(.sqlite, maxUpload: maxUpload) else { throw Failure("no SQLite store") }
        self = f
    }

    /// On a store of `kind`; nil when that kind is skipped here (no PostgreSQL server).
    static func make(_ kind: StoreKind, maxUpload: Int = 1_000_000) throws -> PortalFixture? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fazhi-portal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        guard let made = try kind.makeStore(in: directory) else {
            try? FileManager.default.removeItem(at: directory)
            return nil
        }
        do {
            return try PortalFixture(directory: directory, store: made.store, maxUpload: maxUpload, removeStore: made.remove)
        } catch {
            made.remove()
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
    }

    private init(directory: URL, store: any ReportStore, maxUpload: Int, removeStore: @escaping @Sendable () -> Void) throws {
        self.directory = directory
        self.store = store
        self.removeStore = removeStore
        ids = try Self.sampleNames().map { name in
            let data = try Data(contentsOf: Self.packageRoot.appendingPathComponent("samples/\(name)"))
            return try store.save(IncomingReport.analyze(bytes: data, name: name, sourcePath: nil)).id
        }
        portal = Portal(store: store, token: Self.token, maxUpload: maxUpload)
    }

    static func sampleNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("samples").path)
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    func remove() {
        removeStore()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs `body` against the portal's router, then removes the database.
    func test(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { remove() }
        let app = Application(router: portal.router())
        try await app.test(.router, body)
    }

    /// A stored report's id and analysis (to find what its page must show).
    func report(_ id: Int64) throws -> StoredReport {
        guard let r = try store.report(id: id) else { throw Failure("no report \(id)") }
        return r
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// A report built for a test: the sample's shape with a title, parts and figures of its own.
enum ComposedReport {
    static func text(title: String, body: String = "") -> String {
        """
        \(title)
        一、主要举措和成效
        全年办理行政复议案件120件,同比增长15%。\(body)
        二、存在的不足和原因
        一些领域执法规范化水平仍需提高。
        三、党政主要负责人履行推进法治建设第一责任人职责情况
        主要负责人专题研究法治工作4次。
        四、下一年度工作安排
        继续深化行政执法体制改革。
        """
    }
}
