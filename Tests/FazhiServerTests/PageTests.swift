import FazhiCore
import FazhiServer
import FazhiStore
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import StoreKinds

/// The pages, through Hummingbird's router test client, on the sample corpus.
struct PageTests {
    @Test(arguments: StoreKind.allCases)
    func listShowsEveryReportWithStatusAndFindingCounts(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let reports = try f.ids.map { try f.report($0).summary }
        try await f.test { client in
            try await client.execute(uri: "/", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "text/html; charset=utf-8")
                for s in reports {
                    #expect(r.text.contains("href=\"/reports/\(s.id)\""))
                    #expect(r.text.contains("<span class=\"sev sev-error\">\(s.errors)</span>"))
                }
                #expect(r.text.contains("按时公开"))
                #expect(r.text.contains("公开时间不明"))
                // No file path leaks into the page.
                #expect(!r.text.contains("samples/"))
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func filtersNarrowTheList(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let all = try f.ids.map { try f.report($0).summary }
        let year = try #require(all.compactMap(\.reportYear).first)
        let inYear = all.filter { $0.reportYear == year }.map(\.id)
        let unknown = all.filter { $0.publishedOn == nil }.map(\.id)
        try await f.test { client in
            try await client.execute(uri: "/?year=\(year)", method: .get) { r in
                for s in all { #expect(r.text.contains("href=\"/reports/\(s.id)\"") == inYear.contains(s.id)) }
            }
            try await client.execute(uri: "/?status=unknown", method: .get) { r in
                for s in all { #expect(r.text.contains("href=\"/reports/\(s.id)\"") == unknown.contains(s.id)) }
            }
        }
    }

    @Test func theListCountsTheFilteredReportsNotTheWholeStore() async throws {
        let f = try PortalFixture()
        let all = try f.ids.map { try f.report($0).summary }
        let year = try #require(all.compactMap(\.reportYear).first)
        let inYear = all.filter { $0.reportYear == year }.count
        try #require(inYear < all.count)
        try await f.test { client in
            try await client.execute(uri: "/", method: .get) { r in
                #expect(r.text.contains("份(共 \(all.count) 份)"))
            }
            try await client.execute(uri: "/?year=\(year)", method: .get) { r in
                #expect(r.text.contains("第 1–\(inYear) 份(共 \(inYear) 份)"))
            }
            // A page of one: the count is still of all the filtered reports, and the next page is offered.
            try await client.execute(uri: "/?limit=1", method: .get) { r in
                #expect(r.text.contains("第 1–1 份(共 \(all.count) 份)"))
                #expect(r.text.contains("下一页"))
            }
            try await client.execute(uri: "/?limit=1&page=\(all.count)", method: .get) { r in
                #expect(!r.text.contains("下一页"))
            }
            try await client.execute(uri: "/api/reports?year=\(year)&limit=1", method: .get) { r in
                let list = try JSONSerialization.jsonObject(with: Data(r.text.utf8)) as? [String: Any]
                #expect(list?["total"] as? Int == inYear)
            }
        }
    }

    @Test func theListPicksReportsForComparison() async throws {
        let f = try PortalFixture()
        let ids = f.ids
        try await f.test { client in
            try await client.execute(uri: "/", method: .get) { r in
                #expect(r.text.contains("<form id=\"pick\" class=\"pick\" method=\"get\" action=\"/compare\">"))
                for id in ids { #expect(r.text.contains("<input type=\"checkbox\" name=\"ids\" value=\"\(id)\" form=\"pick\"")) }
            }
            // What the form sends for two boxes ticked: `ids` twice.
            try await client.execute(uri: "/compare?ids=\(ids[0])&ids=\(ids[2])", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<table class=\"compare\">"))
                #expect(r.text.contains("href=\"/reports/\(ids[0])\"") && r.text.contains("href=\"/reports/\(ids[2])\""))
                #expect(!r.text.contains("href=\"/reports/\(ids[1])\""))
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func reportPageMarksEveryFigureAndLinksFindingsToEvidence(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let id = f.ids[0]
        let report = try f.report(id)
        let figure = try #require(report.analysis.quantities.first { $0.indicator != nil })
        let evidence = report.analysis.findings.enumerated().filter { $0.element.range != nil }
        try await f.test { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<mark id=\"q-\(figure.range.start)\""))
                #expect(r.text.contains("<a href=\"#ind-\(figure.indicator ?? "")\">\(figure.text)</a></mark>"))
                #expect(r.text.contains("<tr id=\"ind-\(figure.indicator ?? "")\">"))
                for (i, finding) in report.analysis.findings.enumerated() {
                    #expect(r.text.contains("<li id=\"finding-\(i)\">"))
                    #expect(r.text.contains(finding.rule))
                }
                for (i, _) in evidence {
                    #expect(r.text.contains("href=\"#f-\(i)\""))
                    #expect(r.text.contains("id=\"f-\(i)\""))
                }
                #expect(r.text.contains("<svg"))
                if let section = report.analysis.outline.first {
                    #expect(r.text.contains("<a href=\"#p-\(section.headingRange.start)\">"))
                    #expect(r.text.contains("<p id=\"p-\(section.headingRange.start)\""))
                }
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func reportTextIsEscaped(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let text = ComposedReport.text(title: "<script>alert('x')</script>某县2023年法治政府建设年度报告",
                                       body: "<img src=x onerror=alert(1)>")
        let id = try f.store.save(IncomingReport.analyze(bytes: Data(text.utf8), name: "x.txt", sourcePath: nil)).id
        try await f.test { client in
            try await client.execute(uri: "/reports/\(id)", method: .get) { r in
                #expect(r.status == .ok)
                #expect(!r.text.contains("<script>alert"))
                #expect(!r.text.contains("<img src=x"))
                #expect(r.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
            }
            try await client.execute(uri: "/search?q=onerror", method: .get) { r in
                #expect(!r.text.contains("<img src=x"))
                #expect(r.text.contains("&lt;img"))
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func traditionalQueryFindsSimplifiedText(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        try await f.test { client in
            try await client.execute(uri: "/search?q=%E5%BE%A9%E8%AD%B0", method: .get) { r in  // 復議
                #expect(r.status == .ok)
                #expect(r.text.contains("<mark>复议</mark>"))
                #expect(r.text.contains("class=\"snippet\""))
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func compareDrawsChartsAndDownloadsWorkbook(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let ids = f.ids.map(String.init).joined(separator: ",")
        try await f.test { client in
            try await client.execute(uri: "/compare?ids=\(ids)", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("<table class=\"compare\">"))
                #expect(r.text.contains("<svg"))
                #expect(r.text.contains("/compare.xlsx?ids="))
            }
            try await client.execute(uri: "/compare.xlsx?ids=\(ids)", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                #expect(Array(r.body.readableBytesView.prefix(2)) == [0x50, 0x4B])
            }
        }
    }

    @Test(arguments: StoreKind.allCases)
    func uploadShowsAnalysisAndSavesWithToken(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        let text = ComposedReport.text(title: "某县人民政府2023年法治政府建设年度报告")
        let before = try f.store.count()
        let store = f.store
        try await f.test { client in
            let analyze = Multipart.body([("action", nil, "analyze"), ("text", nil, text)])
            try await client.execute(uri: "/upload", method: .post, headers: analyze.headers, body: analyze.body) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("某县人民政府2023年法治政府建设年度报告"))
                #expect(r.text.contains("<mark id=\"q-"))
            }
            #expect(try store.count() == before)
            let save = Multipart.body([("action", nil, "save"), ("token", nil, PortalFixture.token), ("file", "r.txt", text)])
            try await client.execute(uri: "/upload", method: .post, headers: save.headers, body: save.body) { r in
                #expect(r.status == .seeOther)
                #expect(r.headers[.location]?.hasPrefix("/reports/") == true)
            }
            #expect(try store.count() == before + 1)
        }
    }

    @Test(arguments: StoreKind.allCases)
    func staticFilesAndHeaders(_ kind: StoreKind) async throws {
        guard let f = try PortalFixture.make(kind) else { return }
        try await f.test { client in
            try await client.execute(uri: "/static/portal.css", method: .get) { r in
                #expect(r.headers[.contentType] == "text/css; charset=utf-8")
                #expect(r.headers[.xContentTypeOptions] == "nosniff")
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            }
            try await client.execute(uri: "/static/portal.js", method: .get) { r in
                #expect(r.headers[.contentType] == "text/javascript; charset=utf-8")
            }
        }
    }
}

/// A multipart/form-data body for tests.
enum Multipart {
    static let boundary = "----fazhi-test-boundary"

    static func body(_ fields: [(String, String?, String)]) -> (headers: HTTPFields, body: ByteBuffer) {
        var out = ""
        for (name, file, value) in fields {
            out += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"" + (file.map { "; filename=\"\($0)\"" } ?? "") + "\r\n"
            if file != nil { out += "Content-Type: text/plain\r\n" }
            out += "\r\n\(value)\r\n"
        }
        out += "--\(boundary)--\r\n"
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(string: out))
    }
}
