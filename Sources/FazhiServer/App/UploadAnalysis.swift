import FazhiCore
import FazhiStore
import FazhiWorker
import Foundation

/// Reads and analyzes uploaded bytes as `fazhi ingest` does, turning what cannot be read into a
/// refusal with its status: binary and unsupported formats 415, unreadable text 422; a file that
/// crashes the analyzer or goes over its budget 422; every analysis slot taken 503.
enum UploadAnalysis {
    static func analyze(_ bytes: Data, name: String, portal: Portal) async throws(PortalError) -> IncomingReport {
        guard portal.slots.take() else { throw PortalError.busy(portal.slots.capacity) }
        defer { portal.slots.release() }
        let analyst = portal.analyst
        // A worker's answer (or the analysis itself, in-process) is waited for off Swift's
        // cooperative threads, which keep serving other requests meanwhile.
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: analyst.perform(.incoming(bytes: bytes, name: name))) }
        }
        switch outcome {
        case .success(.incoming(let report)): return report
        case .success(.refused(let error)): throw refusal(error.reason)
        case .success: throw PortalError(.unprocessableContent, "无法分析该内容。")
        case .failure(.cannotStart): throw PortalError(.serviceUnavailable, WorkerDeath.cannotStart("").chinese, retryAfter: 5)
        case .failure(let death): throw PortalError(.unprocessableContent, death.chinese)
        }
    }

    static func refusal(_ reason: InputError.Reason) -> PortalError {
        switch reason {
        case .binary(let kind):
            PortalError(.unsupportedMediaType, "不支持的文件类型:这是二进制文件(\(kind)),不是报告文本。请上传纯文本、HTML 网页、Word(.docx/.doc)、WPS 或 PDF 文件。")
        case .unsupported(let kind, _):
            PortalError(.unsupportedMediaType, "暂不支持该文件格式(\(kind))。请另存为 Word .docx、HTML 或纯文本后上传。")
        case .empty, .noText: PortalError(.unprocessableContent, "内容为空,或其中没有可读的报告文字。")
        case .undecodable(let damage):
            PortalError(.unprocessableContent, "无法识别文字编码"
                + (damage?.places.first.map { "(\(damage?.count ?? 0)个无效字节,首处在第\($0.line)行)" } ?? "")
                + ":请使用 UTF-8、GB18030/GBK 或 Big5 编码的文本。")
        case .badDocx: PortalError(.unprocessableContent, "Word 文件已损坏或不完整,无法读取。")
        case .badArchive: PortalError(.unprocessableContent, "文件是已损坏的压缩包(如 Word .docx),无法读取。")
        case .badPDF: PortalError(.unprocessableContent, "PDF 文件已损坏、不完整或并非 PDF,无法读取。")
        case .encryptedPDF: PortalError(.unprocessableContent, "PDF 文件已加密,需要密码才能打开。请上传未加密的文件。")
        case .tooManyPages(let pages, let limit):
            PortalError(.contentTooLarge, "文件共\(pages)页,超过上限(\(limit)页)。")
        case .conversionFailed: PortalError(.unprocessableContent, "旧版 Word/WPS 文件无法转换,可能已损坏。请另存为 .docx 后上传。")
        case .unreadableScan: PortalError(.unprocessableContent, "扫描件或图片中没有识别出可读的报告文字。")
        case .tooLarge(_, let limit): PortalError.tooLarge(limit)
        case .notFound, .isDirectory, .unreadable: PortalError(.unprocessableContent, "无法读取上传的内容。")
        }
    }

    /// Refuses to store what does not read as a report at all.
    static func requireReport(_ report: IncomingReport) throws(PortalError) {
        guard report.looksLikeReport else {
            if let kind = report.analysis.document, kind.isConfidentlyOther {
                throw PortalError(.unprocessableContent, "内容看来是\(kind.kind.label),不是法治政府建设年度报告,未保存。")
            }
            throw PortalError(.unprocessableContent, "内容不像法治政府建设年度报告(没有报告标题,也没有可识别的组成部分),未保存。")
        }
    }

    /// A file name a client sent, reduced to its last component (never used as a path).
    static func fileName(_ raw: String?, fallback: String = "upload.txt") -> String {
        guard let raw, let decoded = raw.removingPercentEncoding ?? Optional(raw) else { return fallback }
        let last = decoded.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0 != "\u{7F}" }.prefix(120).map(Character.init))
        return clean.isEmpty ? fallback : clean
    }
}
