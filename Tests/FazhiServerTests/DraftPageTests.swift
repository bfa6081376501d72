import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import FazhiServer

/// 起草: a ledger previewed with its self-check, downloaded as .docx, and its mistakes shown by line.
struct DraftPageTests {
    static func sampleLedger() throws -> String {
        try String(contentsOf: PortalFixture.packageRoot.appendingPathComponent("samples/ledgers/wuqing-2023.yaml"), encoding: .utf8)
    }

    @Test func previewShowsTheReportAndPassesItsSelfCheck() async throws {
        let f = try PortalFixture()
        let ledger = try Self.sampleLedger()
        try await f.test { client in
            try await client.execute(uri: "/draft", method: .get) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("起草年度报告"))
                #expect(r.text.contains("aria-current=\"page\">起草<"))
            }
            let form = Multipart.body([("action", nil, "preview"), ("ledger", nil, ledger)])
            try await client.execute(uri: "/draft", method: .post, headers: form.headers, body: form.body) { r in
                #expect(r.status == .ok)
                #expect(r.text.contains("自查通过"))
                #expect(r.text.contains("法治政府建设情况的报告"))
                #expect(r.text.contains("武清区人大常委会"))
            }
        }
    }

    @Test func docxIsDownloadedFromAnUploadedLedgerFile() async throws {
        let f = try PortalFixture()
        let ledger = try Self.sampleLedger()
        try await f.test { client in
            let form = Multipart.body([("action", nil, "docx"), ("file", "wuqing-2023.yaml", ledger)])
            try await client.execute(uri: "/draft", method: .post, headers: form.headers, body: form.body) { r in
                #expect(r.status == .ok)
                #expect(r.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                #expect(r.headers[.contentDisposition]?.contains("attachment") == true)
                #expect(Array(r.body.readableBytesView.prefix(2)) == Array("PK".utf8))
            }
        }
    }

    @Test func ledgerMistakesAreListedByLineAndTheTextIsEscaped() async throws {
        let f = try PortalFixture()
        let ledger = try Self.sampleLedger()
            .replacingOccurrences(of: "      normative_docs.issued: 3", with: "      normative_docs.isued: 3")
            .replacingOccurrences(of: "issuer: 武清区人民政府", with: "issuer: 武清区人民政府<script>alert(1)</script>")
        let line = ledger.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("normative_docs.isued: 3") }.map { $0 + 1 }
        try await f.test { client in
            let form = Multipart.body([("action", nil, "docx"), ("ledger", nil, ledger)])
            try await client.execute(uri: "/draft", method: .post, headers: form.headers, body: form.body) { r in
                #expect(r.status == .unprocessableContent)
                #expect(r.headers[.contentType]?.hasPrefix("text/html") == true)
                #expect(r.text.contains("第 \(line ?? -1) 行"))
                #expect(r.text.contains("normative_docs.isued"))
                #expect(!r.text.contains("<script>alert(1)</script>"))
                #expect(r.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
        }
    }

    @Test func anEmptyLedgerIsRefusedInChinese() async throws {
        let f = try PortalFixture()
        try await f.test { client in
            let form = Multipart.body([("action", nil, "preview"), ("ledger", nil, "  \n")])
            try await client.execute(uri: "/draft", method: .post, headers: form.headers, body: form.body) { r in
                #expect(r.status == .unprocessableContent)
                #expect(r.text.contains("请粘贴台账或选择台账文件"))
            }
        }
    }
}
